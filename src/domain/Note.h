#pragma once

#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <QDateTime>

namespace casebook {

struct Note {
  NoteId id;
  CaseId caseId;
  QDateTime writtenAt;
  QString author;
  QString body;
};

enum class LinkRelation { Household, SameAddress, VictimOf, Associate, Cuckooing, Other };

template <>
struct EnumTable<LinkRelation> {
  static constexpr std::array<EnumEntry<LinkRelation>, 6> entries{{
      {LinkRelation::Household, "household", "Household member"},
      {LinkRelation::SameAddress, "same_address", "Same address"},
      {LinkRelation::VictimOf, "victim_of", "Victim / perpetrator"},
      {LinkRelation::Associate, "associate", "Associate"},
      {LinkRelation::Cuckooing, "cuckooing", "Cuckooed address and its victim"},
      {LinkRelation::Other, "other", "Other"},
  }};
};

struct CaseLink {
  CaseId from;
  CaseId to;
  LinkRelation relation = LinkRelation::Other;
  QString note;
};

inline constexpr int kMaxNoteLength = 20000;

Status validateNote(const Note& note);
Status validateLink(const CaseLink& link);

}  // namespace casebook
