#include "Note.h"

namespace casebook {

Status validateNote(const Note& note) {
  if (note.body.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("text"), QStringLiteral("the note is empty"), QString());
  }
  if (note.body.size() > kMaxNoteLength) {
    return Error::invalid(QStringLiteral("text"),
                          QStringLiteral("the note has %1 characters, more than %2").arg(note.body.size()).arg(kMaxNoteLength),
                          QStringLiteral("Split it into several notes"));
  }
  return {};
}

Status validateLink(const CaseLink& link) {
  if (link.from == link.to) {
    return Error::invalid(QStringLiteral("link"), QStringLiteral("a case cannot be linked to itself"), QString());
  }
  return {};
}

}  // namespace casebook
