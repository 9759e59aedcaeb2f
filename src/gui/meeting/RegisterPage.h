#pragma once

#include "AttendanceInsight.h"
#include "Meeting.h"
#include "ServiceContext.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casebook::gui {

// The attendance register, taken in seconds (issue 6): every member of the group on one
// row, "All present" to start from, then a status and, for a deputy, who came instead.
// Saved as one MeetingService::recordRegister call.
class RegisterPage final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(RegisterPage)

 public:
  enum Column { Member, Agency, Status, Deputy, ColumnCount };

  RegisterPage(ServiceContext& ctx, QWidget* parent = nullptr);

  // memberNames: every member's name by id, for deputies who are members of another group.
  void showRegister(const Meeting& meeting, const std::vector<GroupMember>& members,
                    const QHash<qint64, QString>& memberNames, bool locked);
  bool isDirty() const { return m_dirty; }
  std::optional<QString> save();
  // Names of those present or deputising: the first owners offered for new actions.
  QStringList attendees() const;

  QTableWidget* table() const { return m_table; }
  QPushButton* allPresentButton() const { return m_allPresent; }
  void setStatus(int row, AttendanceStatus status, const QString& deputy = {});
  int rowOf(const QString& memberName) const;

 Q_SIGNALS:
  void edited();

 private:
  void markDirty();
  ServiceContext& m_ctx;
  qint64 m_meetingId = 0;
  bool m_dirty = false;
  bool m_loading = false;
  QTableWidget* m_table;
  QPushButton* m_allPresent;
  QLabel* m_summary;
  QLabel* m_error;
};

}  // namespace casebook::gui
