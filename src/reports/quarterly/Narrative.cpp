#include "Narrative.h"

#include <algorithm>
#include <cmath>

namespace casebook {

namespace {

const ReportRow* find(const std::vector<ReportRow>& rows, const QString& key) {
  const auto it = std::find_if(rows.begin(), rows.end(), [&](const ReportRow& r) { return r.key == key; });
  return it == rows.end() ? nullptr : &*it;
}

// "14 referrals", "1 referral", "fewer than 5 referrals"
// A count as a sentence says it: "a withheld number" where the table says "withheld".
// ... and "none" where it says 0.
QString amount(const QString& shown) {
  if (shown == QStringLiteral("0")) return QStringLiteral("none");
  return shown == QStringLiteral("withheld") ? QStringLiteral("a withheld number") : shown;
}

QString counted(const QString& shown, const char* singular, const char* plural) {
  const QString words = QString::fromLatin1(shown == QStringLiteral("1") ? singular : plural);
  if (shown == QStringLiteral("0")) {
    return words.contains(QLatin1Char(' ')) ? QStringLiteral("no %1").arg(words) : QStringLiteral("none %1").arg(words);
  }
  if (shown == QStringLiteral("withheld")) {
    return words.contains(QLatin1Char(' ')) ? QStringLiteral("a withheld number of %1").arg(words)
                                            : QStringLiteral("a withheld number %1").arg(words);
  }
  return QStringLiteral("%1 %2").arg(shown, words);
}

// ", up from 9 in 2024Q3" / ", down from ..." / ", the same as in ..."
QString comparedWith(const ReportRow& row, const QString& earlierShown, const QString& earlierName) {
  if (earlierShown == QStringLiteral("-")) return QString();
  bool nowIsNumber = false;
  bool earlierIsNumber = false;
  const int now = row.now.toInt(&nowIsNumber);
  const int earlier = earlierShown.toInt(&earlierIsNumber);
  if (!nowIsNumber || !earlierIsNumber) return QStringLiteral(" (%1 in %2)").arg(earlierShown, earlierName);
  if (now > earlier) return QStringLiteral(", up from %1 in %2").arg(earlierShown, earlierName);
  if (now < earlier) return QStringLiteral(", down from %1 in %2").arg(earlierShown, earlierName);
  return QStringLiteral(", the same as in %1").arg(earlierName);
}

QString sentenceCase(QString s) {
  if (!s.isEmpty()) s[0] = s[0].toUpper();
  return s;
}

QString referralsParagraph(const QuarterlyReportData& d, const ReportTables& t, const QString& who) {
  const ReportRow* received = find(t.headline, QStringLiteral("referrals_received"));
  const ReportRow* accepted = find(t.headline, QStringLiteral("referrals_accepted"));
  const ReportRow* declined = find(t.headline, QStringLiteral("referrals_declined"));
  const QString q = d.figures.now.quarter.name();
  QString p = QStringLiteral("%1 received %2 in %3%4").arg(sentenceCase(who), counted(received->now, "referral", "referrals"), q,
                                                        comparedWith(*received, received->previous, d.figures.previous.quarter.name()));
  if (received->lastYear != QStringLiteral("-")) {
    p += QStringLiteral(", against %1 in %2 a year before").arg(received->lastYear, d.figures.lastYear.quarter.name());
  }
  p += QStringLiteral(". %1 accepted and %2 declined.").arg(sentenceCase(counted(accepted->now, "was", "were")), amount(declined->now));
  // The referring agency most referrals came from, when it can be said without small numbers.
  const auto top = std::max_element(t.byAgency.begin(), t.byAgency.end(), [](const ReportRow& a, const ReportRow& b) {
    return a.nowValue.value_or(-1) < b.nowValue.value_or(-1);
  });
  if (top != t.byAgency.end() && top->nowValue && *top->nowValue > 0) {
    p += QStringLiteral(" Most came from %1 (%2).").arg(top->label, top->now);
  }
  return p;
}

QString casesParagraph(const ReportTables& t) {
  const ReportRow* opened = find(t.headline, QStringLiteral("cases_opened"));
  const ReportRow* closed = find(t.headline, QStringLiteral("cases_closed"));
  QString p = QStringLiteral("%1 opened and %2 closed in the quarter.")
                  .arg(sentenceCase(counted(opened->now, "case was", "cases were")), amount(closed->now));
  const auto top = std::max_element(t.outcomes.begin(), t.outcomes.end(), [](const ReportRow& a, const ReportRow& b) {
    return a.nowValue.value_or(-1) < b.nowValue.value_or(-1);
  });
  if (top != t.outcomes.end() && top->nowValue && *top->nowValue > 0) {
    p += QStringLiteral(" The most common outcome at closure was \"%1\" (%2).").arg(top->label.toLower(), top->now);
  }
  const ReportRow* up = find(t.headline, QStringLiteral("escalations_out"));
  const ReportRow* down = find(t.headline, QStringLiteral("step_downs_out"));
  if (up->now != QStringLiteral("0") || down->now != QStringLiteral("0")) {
    p += QStringLiteral(" %1 escalated to a higher group and %2 stepped down.")
             .arg(sentenceCase(counted(up->now, "case was", "cases were")), amount(down->now));
  }
  return p;
}

QString riskParagraph(const QuarterlyReportData& d, const ReportTables& t) {
  const ReportRow* open = find(t.headline, QStringLiteral("open_at_end"));
  QString p = QStringLiteral("At the quarter's end %1 open%2.")
                  .arg(counted(open->now, "case was", "cases were"),
                       comparedWith(*open, open->previous, d.figures.previous.quarter.name()));
  const ReportRow* veryHigh = find(t.bands, QStringLiteral("very_high"));
  const ReportRow* high = find(t.bands, QStringLiteral("high"));
  p += QStringLiteral(" Of these, %1 very high risk and %2 high risk.").arg(counted(veryHigh->now, "was", "were"), amount(high->now));
  const ReportRow* fell = find(t.headline, QStringLiteral("risk_fell"));
  const ReportRow* rose = find(t.headline, QStringLiteral("risk_rose"));
  const ReportRow* stayed = find(t.headline, QStringLiteral("risk_stayed"));
  if (fell->now != QStringLiteral("0") || rose->now != QStringLiteral("0") || stayed->now != QStringLiteral("0")) {
    p += QStringLiteral(" Of the cases re-assessed in the quarter, risk fell in %1, rose in %2 and stayed the same in %3")
             .arg(amount(fell->now), amount(rose->now), amount(stayed->now));
    if (t.riskMedianChange == QStringLiteral("-")) {
      p += QLatin1Char('.');
    } else if (t.riskMedianChange == QStringLiteral("no change")) {
      p += QStringLiteral("; the median case's score did not change.");
    } else {
      p += QStringLiteral("; the median change in score was %1.").arg(t.riskMedianChange);
    }
  }
  const auto& now = d.figures.now;
  const ReportRow* reviews = find(t.headline, QStringLiteral("reviews_done"));
  if (now.reviewsDone > 0) {
    p += QStringLiteral(" %1 held").arg(sentenceCase(counted(reviews->now, "review was", "reviews were")));
    // A share would give a suppressed count away: the on-time reviews' or the late ones'.
    const auto& policy = d.disclosure;
    if (!policy.hides(now.reviewsDone) && !policy.hides(now.reviewsOnTime) &&
        !policy.hides(now.reviewsDone - now.reviewsOnTime)) {
      p += QStringLiteral(", %1% of them on time").arg(std::lround(100.0 * now.reviewsOnTime / now.reviewsDone));
    }
    p += QLatin1Char('.');
  }
  return p;
}

QString actionsParagraph(const QuarterlyReportData& d) {
  const auto& now = d.figures.now;
  QString p = QStringLiteral("%1 raised and %2 completed")
                  .arg(sentenceCase(counted(QString::number(now.actionsRaised), "action was", "actions were")),
                       amount(QString::number(now.actionsCompleted)));
  if (now.actionsCompleted > 0) {
    p += QStringLiteral(", %1% of them on time").arg(std::lround(100.0 * now.actionsCompletedOnTime / now.actionsCompleted));
  }
  p += QStringLiteral("; %1 overdue at the quarter's end.").arg(counted(QString::number(now.actionsOverdueAtEnd), "was", "were"));
  return p;
}

QString meetingsParagraph(const QuarterlyReportData& d, const ReportTables& t) {
  QString p = QStringLiteral("%1 held in the quarter.")
                  .arg(sentenceCase(counted(QString::number(d.figures.now.meetingsHeld), "meeting was", "meetings were")));
  int expected = 0;
  int attended = 0;
  for (const auto& [code, a] : d.figures.now.attendanceByAgency) {
    expected += a.expected;
    attended += a.present + a.deputy;
  }
  if (expected == 0) return p;
  p += QStringLiteral(" Agencies were present or sent a deputy for %1% of the places expected.")
           .arg(std::lround(100.0 * attended / expected));
  const auto lowest = std::min_element(t.attendance.begin(), t.attendance.end(), [](const auto& a, const auto& b) {
    return a.ratePercent < b.ratePercent;
  });
  if (lowest != t.attendance.end() && lowest->ratePercent < 75) {
    p += QStringLiteral(" Attendance was lowest for %1 (%2%).").arg(lowest->label).arg(lowest->ratePercent);
  }
  return p;
}

}  // namespace

QString groupsPhrase(const QStringList& groups) {
  if (groups.isEmpty()) return QStringLiteral("the partnership's groups");
  if (groups.size() == 1) return QStringLiteral("the %1").arg(groups.first());
  QStringList copy = groups;
  const QString last = copy.takeLast();
  return QStringLiteral("the %1 and %2").arg(copy.join(QStringLiteral(", ")), last);
}

std::map<QString, QString> firstDraft(const QuarterlyReportData& data, const ReportTables& tables,
                                      const std::vector<TemplateSection>& sections) {
  const QString who = groupsPhrase(data.figures.groups);
  const bool riskApart = std::any_of(sections.begin(), sections.end(), [](const auto& s) { return s.key == QStringLiteral("risk"); });
  const bool meetingsApart =
      std::any_of(sections.begin(), sections.end(), [](const auto& s) { return s.key == QStringLiteral("partnership"); });
  const QString summary =
      QStringLiteral("This report gives the case-management figures of %1 for %2 (%3 to %4), beside the quarter "
                     "before and the same quarter a year earlier.")
          .arg(who, data.figures.now.quarter.name(), data.request.quarter.firstDay().toString(QStringLiteral("d MMMM yyyy")),
               data.request.quarter.lastDay().toString(QStringLiteral("d MMMM yyyy")));
  QStringList caseManagement{referralsParagraph(data, tables, who), casesParagraph(tables)};
  if (!riskApart) caseManagement << riskParagraph(data, tables);
  caseManagement << actionsParagraph(data);
  if (!meetingsApart) caseManagement << meetingsParagraph(data, tables);
  std::map<QString, QString> texts;
  texts[QStringLiteral("summary")] = summary;
  texts[QStringLiteral("overview")] = summary;
  texts[QStringLiteral("case_management")] = caseManagement.join(QStringLiteral("\n\n"));
  texts[QStringLiteral("risk")] = riskParagraph(data, tables);
  texts[QStringLiteral("partnership")] = meetingsParagraph(data, tables);
  // Only the template's own sections: a draft keeps no text the report does not print.
  std::map<QString, QString> kept;
  for (const auto& section : sections) kept[section.key] = texts[section.key];
  return kept;
}

std::map<QString, QString> generatedTexts(const QuarterlyReportData& data, const ReportTemplate& report) {
  return firstDraft(data, reportTables(data), sectionsFor(report, data.plan));
}

std::map<QString, QString> draftTexts(const QuarterlyReportData& data, const std::map<QString, QString>& generated) {
  // A saved draft holds only what people wrote; the rest is written afresh from today's
  // figures and today's suppression, so a saved version never keeps a stale or unsuppressed
  // number of its own.
  std::map<QString, QString> texts = generated;
  for (const auto& [key, text] : data.texts) texts[key] = text;
  return texts;
}

std::map<QString, QString> draftTexts(const QuarterlyReportData& data, const ReportTemplate& report) {
  return draftTexts(data, generatedTexts(data, report));
}

std::map<QString, QString> writtenSections(const std::map<QString, QString>& generated,
                                           const std::map<QString, QString>& texts) {
  std::map<QString, QString> written;
  for (const auto& [key, text] : texts) {
    const auto it = generated.find(key);
    const bool asGenerated = it != generated.end() && !it->second.isEmpty() && it->second.trimmed() == text.trimmed();
    if (!asGenerated) written[key] = text;
  }
  return written;
}

std::map<QString, QString> writtenSections(const QuarterlyReportData& data, const ReportTemplate& report,
                                           const std::map<QString, QString>& texts) {
  return writtenSections(generatedTexts(data, report), texts);
}

}  // namespace casebook
