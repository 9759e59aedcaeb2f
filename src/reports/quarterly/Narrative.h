#pragma once

#include "QuarterlyReportService.h"
#include "ReportTables.h"
#include "ReportTemplate.h"

#include <map>

namespace casebook {

// The first draft's wording, written from the figures ("The YJAG received 14 referrals in
// 2024Q4, up from 9 in 2024Q3"), for the sections it knows: summary, overview,
// case_management, risk and partnership. Every number in it is as suppressed as the tables.
// Sections it does not know are left empty for a person to write.
std::map<QString, QString> firstDraft(const QuarterlyReportData& data, const ReportTables& tables,
                                      const std::vector<TemplateSection>& sections);

// The first draft's wording for every section of the template.
std::map<QString, QString> generatedTexts(const QuarterlyReportData& data, const ReportTemplate& report);

// Every section of the template: what people wrote and saved, and the first draft's wording
// for the rest (empty where the generator has nothing to say). `generated`: generatedTexts,
// for a caller that keeps it (the editor works it out once per opening).
std::map<QString, QString> draftTexts(const QuarterlyReportData& data, const std::map<QString, QString>& generated);
std::map<QString, QString> draftTexts(const QuarterlyReportData& data, const ReportTemplate& report);

// What a save keeps: the sections people wrote, not those still as generated, which are
// written again from the figures at each render.
std::map<QString, QString> writtenSections(const std::map<QString, QString>& generated,
                                           const std::map<QString, QString>& texts);
std::map<QString, QString> writtenSections(const QuarterlyReportData& data, const ReportTemplate& report,
                                           const std::map<QString, QString>& texts);

// "the YJAG", "the JAG and AARG", "all groups"
QString groupsPhrase(const QStringList& groups);

}  // namespace casebook
