#include "Subject.h"

#include <QRegularExpression>

namespace casebook {

QString Subject::initials() const {
  if (kind != SubjectKind::Person) return toLabel(kind);
  QString result;
  const auto words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  for (const auto& word : words) result += word.front().toUpper() + QStringLiteral(".");
  return result;
}

QString normalisedName(const QString& name) {
  static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}\\p{N} ]"));
  QString folded = name.normalized(QString::NormalizationForm_KD).toLower();
  folded.remove(nonLetters);
  return folded.simplified();
}

QString normalisedAddress(const QString& address) {
  static const QRegularExpression nonAlnum(QStringLiteral("[^\\p{L}\\p{N}]"));
  QString folded = address.toLower();
  folded.remove(nonAlnum);
  return folded;
}

bool isLikelyDuplicate(const Subject& candidate, const Subject& existing) {
  if (!candidate.address.trimmed().isEmpty() &&
      normalisedAddress(candidate.address) == normalisedAddress(existing.address)) {
    return true;
  }
  if (candidate.kind != SubjectKind::Person || existing.kind != SubjectKind::Person) {
    return normalisedName(candidate.name) == normalisedName(existing.name);
  }
  if (!candidate.dateOfBirth || !existing.dateOfBirth || *candidate.dateOfBirth != *existing.dateOfBirth) {
    return false;
  }
  QStringList theirs{normalisedName(existing.name)};
  for (const auto& alias : existing.aliases) theirs << normalisedName(alias);
  QStringList ours{normalisedName(candidate.name)};
  for (const auto& alias : candidate.aliases) ours << normalisedName(alias);
  for (const auto& name : ours) {
    if (!name.isEmpty() && theirs.contains(name)) return true;
  }
  return false;
}

const QStringList& ageBands() {
  static const QStringList bands{QStringLiteral("under 11"), QStringLiteral("11-13"), QStringLiteral("14-15"),
                                 QStringLiteral("16-17"),    QStringLiteral("18-25"), QStringLiteral("26-40"),
                                 QStringLiteral("41-64"),    QStringLiteral("65+")};
  return bands;
}

}  // namespace casebook
