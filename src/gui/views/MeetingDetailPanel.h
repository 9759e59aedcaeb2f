#pragma once

#include <QTextBrowser>

namespace casebook::gui {

struct MeetingRow;

// The read-only account of one meeting: when and where, who chaired, the agenda and who
// attended in what capacity. Minutes stay out: they are restricted and meeting mode
// (gui/meeting) owns them.
class MeetingDetailPanel final : public QTextBrowser {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MeetingDetailPanel)

 public:
  explicit MeetingDetailPanel(QWidget* parent = nullptr);
  void showMeeting(const MeetingRow* row);  // null: a prompt to choose one

 private:
  static QString html(const MeetingRow& row);
};

}  // namespace casebook::gui
