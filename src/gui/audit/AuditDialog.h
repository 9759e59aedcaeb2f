#pragma once

#include "ServiceContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace casebook::gui {

// The audit trail for administrators: filtered by event, account, case and dates, newest
// first, and its hash chain checked on demand (docs/security.md, "Audit trail").
class AuditDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(AuditDialog)

 public:
  AuditDialog(ServiceContext& ctx, QWidget* parent = nullptr);

  QTableWidget* table() const { return m_table; }
  QComboBox* eventFilter() const { return m_event; }
  QLineEdit* accountFilter() const { return m_account; }
  QLineEdit* caseFilter() const { return m_case; }
  QLabel* verdictLabel() const { return m_verdict; }
  QComboBox* reasonRule() const { return m_reasons; }
  void reload();
  void verify();

 private:
  ServiceContext& m_ctx;
  QComboBox* m_event;
  QLineEdit* m_account;
  QLineEdit* m_case;
  QCheckBox* m_useDates;
  QDateEdit* m_from;
  QDateEdit* m_to;
  QTableWidget* m_table;
  QLabel* m_status;
  QLabel* m_verdict;
  QComboBox* m_reasons;
};

}  // namespace casebook::gui
