#pragma once

#include "CaseInputs.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace casebook::gui {

class Edits;

// Cases linked to this one (household, same address, victim of...) and a form to link
// another; activating a linked case opens it.
class LinksTab final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(LinksTab)

 public:
  explicit LinksTab(Edits& edits, QWidget* parent = nullptr);
  void showCase(const CaseDetail& detail);
  std::optional<QString> link(const QString& otherReference, LinkRelation relation, const QString& note);

  QTableWidget* table() const { return m_table; }

 Q_SIGNALS:
  void caseActivated(const QString& reference);

 private:
  Edits& m_edits;
  QString m_reference;
  QTableWidget* m_table;
  QLineEdit* m_other;
  QComboBox* m_relation;
  QLineEdit* m_note;
  QPushButton* m_link;
  QLabel* m_error;
};

}  // namespace casebook::gui
