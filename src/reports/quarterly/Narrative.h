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

// The draft's saved sections, or the first draft when none was saved; every section of the
// template present (empty when nobody wrote it).
std::map<QString, QString> draftTexts(const QuarterlyReportData& data, const ReportTemplate& report);

// "the YJAG", "the JAG and AARG", "all groups"
QString groupsPhrase(const QStringList& groups, int allGroupCount = 0);

}  // namespace casebook
