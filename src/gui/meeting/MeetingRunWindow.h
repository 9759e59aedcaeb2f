#pragma once

#include "AttendanceInsight.h"
#include "Meeting.h"
#include "MeetingRecord.h"
#include "ServiceContext.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <map>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace casebook::gui {

class ItemPage;
class PresenterWindow;
class RegisterPage;

// Meeting mode (issue 6, docs/meetings.md): the agenda on the left, the register or the
// current item on the right, a clock for the item and the meeting; next and previous by
// keyboard; sign-off, amendments and the documents from the toolbar.
class MeetingRunWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MeetingRunWindow)

 public:
  MeetingRunWindow(ServiceContext& ctx, qint64 meetingId, QWidget* parent = nullptr);
  ~MeetingRunWindow() override;

  // Seams for tests and for the desktop's own dialogs.
  std::function<QString(const QString& title, const QString& suggestedName)> chooseFile;
  std::function<bool(const QString& question)> confirm;
  std::function<QString(const QString& title, const QString& label)> askText;
  std::function<void(const QString& title, const QString& message)> tell;

  bool reload();  // false when the meeting cannot be read (the error is shown)
  int currentIndex() const { return m_current; }
  bool goTo(int index);  // saves the page being left; false if that save was refused
  bool next() { return goTo(m_current + 1); }
  bool previous() { return goTo(m_current - 1); }
  bool saveCurrent();
  bool signOff();
  bool exportDocument(int which, int format);  // MeetingDocument, DocumentFormat
  void openPresenter();

  QListWidget* agendaList() const { return m_agendaList; }
  RegisterPage* registerPage() const { return m_register; }
  ItemPage* itemPage() const { return m_item; }
  PresenterWindow* presenter() const { return m_presenter; }
  QLabel* clockLabel() const { return m_clock; }
  QAction* action(const QString& objectName) const;
  const Meeting& meeting() const { return m_meeting; }
  void tick();  // one second on the item's and the meeting's clocks (the timer's; tests call it)

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void refreshClocks();
  void saveClocks();
  void buildToolBar();
  void buildAgendaPane();
  void showCurrent();
  void refreshPresenter();
  void moveCurrent(int delta);
  void addItem(bool withCase);
  void dropCurrent();
  void rebuildAgenda();
  void amend();
  void showInsight();
  void editInvites();
  bool report(const Status& status, const QString& title);
  bool locked() const { return m_meeting.isSignedOff(); }

  ServiceContext& m_ctx;
  qint64 m_meetingId;
  Meeting m_meeting;
  MeetingRecord m_record;
  std::vector<GroupMember> m_members;
  QHash<qint64, QString> m_memberNames;
  int m_current = 0;
  int m_meetingSeconds = 0;
  // By agenda item id: positions change when the agenda is reordered.
  std::map<qint64, int> m_itemSeconds;
  std::map<qint64, bool> m_clockMoved;
  qint64 currentItemId() const;

  QListWidget* m_agendaList;
  QStackedWidget* m_pages;
  RegisterPage* m_register;
  ItemPage* m_item;
  QLabel* m_clock;
  QLabel* m_status;
  QTimer* m_timer;
  PresenterWindow* m_presenter = nullptr;
};

}  // namespace casebook::gui
