#pragma once

#include "Meeting.h"
#include "ServiceContext.h"

#include <QStringList>

namespace casebook {

struct NewAgendaItemInput {
  qint64 meetingId = 0;
  AgendaItemKind kind = AgendaItemKind::Other;
  QString title;          // for an item without a case; with a case, the title is built
  QString caseReference;  // a case to review
  int position = 0;       // 0: before any other business
};

// The agenda of a meeting before and during it (issue 6): it builds itself from the group's
// cases; the chair reorders, adds and drops items; caseworkers attach written updates. A
// signed-off meeting's agenda is locked. Each call is one transaction.
class AgendaService final {
 public:
  explicit AgendaService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Adds what the agenda should hold and does not yet (AgendaBuilder's rules), keeping every
  // item already there with its minutes and updates. Returns how many items were added.
  Result<int> build(qint64 meetingId);
  Result<AgendaItemId> addItem(const NewAgendaItemInput& input);
  Status removeItem(qint64 meetingId, int position);
  Status moveItem(qint64 meetingId, int from, int to);
  // A written update from a caseworker on a case item (or the chair on any item).
  Status addUpdate(qint64 meetingId, int position, const QString& text);

  Result<QStringList> standingItems(const QString& groupCode);
  Status setStandingItems(const QString& groupCode, const QStringList& titles);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
