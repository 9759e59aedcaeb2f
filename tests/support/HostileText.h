#pragma once

#include <QString>

#include <vector>

namespace casebook::test {

// Text a user, a pasted e-mail or a partner's spreadsheet may put in any free-text field:
// SQL and HTML injection, spreadsheet formulas (OWASP CSV injection), control characters
// (terminal escapes, no NUL: Qt strings and SQLite text both allow them), a note at the
// 20,000-character limit (kMaxNoteLength), right-to-left and emoji text.
struct HostileText {
  const char* label;
  QString text;
};

inline QString longText() {
  // Quotes, commas, semicolons and line ends are what CSV quoting must survive.
  const QString piece = QStringLiteral("Line with \"quotes\", commas; apostrophes ' and \u00e9\u00e8 accents\r\n");
  QString text;
  while (text.size() < 20000) text += piece;
  text.truncate(20000);
  text[text.size() - 1] = QLatin1Char('.');  // no white space at the end, which services trim
  return text;
}

inline const std::vector<HostileText>& hostileTexts() {
  static const std::vector<HostileText> texts{
      {"sql drop", QStringLiteral("'); DROP TABLE cases;--")},
      {"sql or", QStringLiteral("' OR '1'='1")},
      {"sql delete", QStringLiteral("\"; DELETE FROM notes; --")},
      {"script", QStringLiteral("<script>alert(1)</script>")},
      {"img onerror", QStringLiteral("<img src=x onerror=alert(1)>")},
      {"formula hyperlink", QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")},
      {"formula plus", QStringLiteral("+SUM(1,1)")},
      {"formula minus", QStringLiteral("-2+3")},
      {"formula at", QStringLiteral("@cmd")},
      {"formula tab", QStringLiteral("\t=1")},
      {"formula cr", QStringLiteral("\r=1")},
      {"csv quoting", QStringLiteral("a\"\"b,\"c\";d\ne")},
      {"control chars", QStringLiteral("bell\u0007 esc\u001b[31mred\u001b[0m \u0001\u001f\u007f end")},
      {"long text", longText()},
      {"rtl", QStringLiteral("\u202eexe.txt\u202c \u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd")},
      {"emoji", QStringLiteral("\U0001F469\u200D\U0001F467\u200D\U0001F466 \U0001F525 e\u0301 \U0001D518")},
  };
  return texts;
}

}  // namespace casebook::test
