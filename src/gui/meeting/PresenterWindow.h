#pragma once

#include "ItemPage.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QTextBrowser;

namespace casebook::gui {

// The window the chair shares on screen (issue 6): the agenda and the current item with
// identifying details masked: reference and initials, an age, no name, no address, no date
// of birth. Free text (action wording) stays hidden unless the chair shows it.
class PresenterWindow final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PresenterWindow)

 public:
  explicit PresenterWindow(QWidget* parent = nullptr);

  void setMeetingTitle(const QString& title);
  void setAgenda(const QStringList& titles, int current);
  // nullptr: an item without a case.
  // riskBefore/riskAfter: the item's record when it was re-scored in this meeting.
  void showItem(const QString& title, const MaskedCase* masked, const QString& riskBefore, const QString& riskAfter);
  void setClocks(const QString& meeting, const QString& item);

  QListWidget* agenda() const { return m_agenda; }
  QTextBrowser* itemView() const { return m_item; }
  QCheckBox* showActionText() const { return m_showText; }

 private:
  void render();
  QLabel* m_heading;
  QLabel* m_clocks;
  QListWidget* m_agenda;
  QTextBrowser* m_item;
  QCheckBox* m_showText;
  QString m_title;
  std::optional<MaskedCase> m_case;
  QString m_riskBefore;
  QString m_riskAfter;
};

}  // namespace casebook::gui
