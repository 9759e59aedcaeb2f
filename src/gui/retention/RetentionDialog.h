#pragma once

#include "ServiceContext.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casebook::gui {

// The retention review (docs/security.md, "Retention"): closed cases past the period, each
// kept with a reason until a review date, or purged after the user types its reference.
class RetentionDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(RetentionDialog)

 public:
  // purged() runs after each purge: the window drops its undo history, which held the case.
  RetentionDialog(ServiceContext& ctx, std::function<void()> purged, QWidget* parent = nullptr);

  QTableWidget* table() const { return m_table; }
  QLabel* statusLabel() const { return m_status; }
  void reload();
  // The two decisions, for the selected row; the questions are asked through these seams
  // so tests can answer them.
  std::function<QString(const QString& reference)> askReason;
  std::function<QString(const QString& reference)> askConfirmation;
  void keepSelected();
  void purgeSelected();

 private:
  QString selectedReference() const;
  ServiceContext& m_ctx;
  std::function<void()> m_purged;
  QTableWidget* m_table;
  QLabel* m_status;
  QPushButton* m_keep;
  QPushButton* m_purge;
};

}  // namespace casebook::gui
