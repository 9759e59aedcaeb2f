#pragma once

#include "ServiceContext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace casebook::gui {

// Plans a meeting of a group (issue 6): date, time, venue or online link, chair and
// minute-taker. The agenda builds itself when it is saved.
class PlanMeetingDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PlanMeetingDialog)

 public:
  PlanMeetingDialog(ServiceContext& ctx, const QString& groupCode, QWidget* parent = nullptr);

  qint64 meetingId() const { return m_meetingId; }
  QComboBox* group() const { return m_group; }
  QDateEdit* date() const { return m_date; }
  QLineEdit* venue() const { return m_venue; }
  QLabel* errorLabel() const { return m_error; }
  void accept() override;

 private:
  void fillMembers();
  ServiceContext& m_ctx;
  qint64 m_meetingId = 0;
  QComboBox* m_group;
  QDateEdit* m_date;
  QTimeEdit* m_time;
  QLineEdit* m_venue;
  QLineEdit* m_online;
  QComboBox* m_chair;
  QComboBox* m_minuteTaker;
  QLabel* m_error;
};

}  // namespace casebook::gui
