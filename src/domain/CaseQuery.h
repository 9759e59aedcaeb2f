#pragma once

#include "Case.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace casebook {

// What a case list asks for. Every filter runs in SQL (docs/architecture.md), so lists stay
// fast at 100,000 cases.
struct CaseQuery {
  enum class Sort { Reference, Subject, Group, CaseStatus, Score, NextReview, Opened };

  std::optional<GroupId> groupId;
  // The groups the user may see, for a list across groups; nullopt: every group.
  std::optional<std::vector<GroupId>> withinGroups;
  std::vector<CaseStatus> statuses;  // empty: any
  std::optional<RiskBand> band;
  std::optional<ThemeId> themeId;
  std::optional<AreaId> areaId;
  std::optional<MemberId> ownerId;
  bool overdueReviewOnly = false;
  bool openInSeveralGroupsOnly = false;
  QString text;  // full-text search over subject, aliases, reference and notes
  QDate today;   // for overdue
  Sort sort = Sort::Reference;
  bool descending = false;
  int limit = 200;
  int offset = 0;
};

// One row of a case list: enough to show and sort, no more.
struct CaseSummary {
  CaseId id;
  QString reference;
  QString groupCode;
  SubjectKind subjectKind = SubjectKind::Person;
  QString subjectName;
  CaseStatus status = CaseStatus::Referred;
  std::optional<int> score;
  std::optional<RiskBand> band;
  std::optional<QDate> nextReviewOn;
  bool reviewOverdue = false;
  QString ownerName;
  QString areaCode;
  QStringList themes;
  QDate openedOn;
  bool openInSeveralGroups = false;
};

}  // namespace casebook
