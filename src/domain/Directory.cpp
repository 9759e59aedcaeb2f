#include "Directory.h"

#include <QRegularExpression>

namespace casebook {

Status validateGroupCode(const QString& code) {
  static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,11}$"));
  if (!pattern.match(code).hasMatch()) {
    return Error::invalid(QStringLiteral("group code"),
                          QStringLiteral("'%1' is not a group code").arg(code),
                          QStringLiteral("Use 2 to 12 capital letters or digits, starting with a letter, "
                                         "e.g. YJAG"));
  }
  return {};
}

Status validateCode(const QString& code, const QString& field) {
  static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_\\-]{0,31}$"));
  if (!pattern.match(code).hasMatch()) {
    return Error::invalid(field, QStringLiteral("'%1' is not a valid code").arg(code),
                          QStringLiteral("Use up to 32 letters, digits, '-' or '_'"));
  }
  return {};
}

Status validateGroup(const Group& g) {
  if (auto code = validateGroupCode(g.code); !code) return code;
  if (g.name.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("group name"), QStringLiteral("the group has no name"),
                          QStringLiteral("Give its full name, e.g. Youth Joint Action Group"));
  }
  if (g.meetingCycleDays < 7 || g.meetingCycleDays > 180) {
    return Error::invalid(QStringLiteral("meeting cycle"),
                          QStringLiteral("%1 days is outside 7 to 180").arg(g.meetingCycleDays), QString());
  }
  return {};
}

Status validateMember(const Member& m) {
  if (m.name.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("name"), QStringLiteral("the member has no name"), QString());
  }
  if (!m.email.isEmpty() && !m.email.contains(QLatin1Char('@'))) {
    return Error::invalid(QStringLiteral("email"), QStringLiteral("'%1' is not an email address").arg(m.email),
                          QString());
  }
  return {};
}

}  // namespace casebook
