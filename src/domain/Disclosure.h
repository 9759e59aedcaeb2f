#pragma once

#include <QSet>
#include <QString>

#include <vector>

namespace casebook {

// Small-number suppression for reports that go to a public partnership meeting
// (docs/reports.md, "Disclosure control"). A count of people or cases from 1 to
// suppressBelow - 1 is shown as "fewer than N"; 0 and larger counts are shown as they are.
struct DisclosurePolicy {
  int suppressBelow = 5;  // 0 or 1: no suppression

  bool hides(int count) const { return count > 0 && count < suppressBelow; }
  QString shown(int count) const;
};

// Suppression of a breakdown whose total is shown: when exactly one cell is hidden, the
// total would give it away by subtraction, so the smallest other non-zero cell is hidden
// too. Returns which cells to hide, in the cells' order.
std::vector<bool> hiddenCells(const std::vector<int>& cells, const DisclosurePolicy& policy);

// Where a rendered report holds text that identifies a subject.
struct IdentifierHit {
  QString kind;      // "a name", "an address", ...
  QString section;   // the heading the text sits under
  int paragraph = 0; // 1-based, within the section
  QString caseReference;
};

// The report's words, normalised (case-folded, punctuation as spaces), so an identifier
// can be looked up as a whole run of words whatever its spelling of case and punctuation.
class ReportWords final {
 public:
  explicit ReportWords(const QString& text);
  // True when every word of the identifier occurs, in order and adjacent, in the text. An
  // identifier with no letters or digits never matches.
  bool contains(const QString& identifier) const;

 private:
  // Every run of up to kLongestRun words, so that a lookup costs a hash, not a pass over the
  // report: the check runs for each of a county's hundred thousand subjects.
  static constexpr int kLongestRun = 8;
  QSet<QString> m_runs;
  QString m_joined;  // " w1 w2 ... wn ", for the rare longer identifier
};

QString normalisedWords(const QString& text);

}  // namespace casebook
