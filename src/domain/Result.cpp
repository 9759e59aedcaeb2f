#include "Result.h"

namespace casebook {

QString Error::message() const {
  QString text;
  if (!field.isEmpty()) text = field + QStringLiteral(": ");
  text += problem;
  if (!fix.isEmpty()) text += QStringLiteral(". ") + fix;
  return text;
}

}  // namespace casebook
