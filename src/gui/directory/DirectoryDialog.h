#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace casebook::gui {

class Edits;

// The partnership's standing data: groups, areas, agencies and members, each a list with a
// form to add one. Every addition is one undoable edit; the service's checks show under
// the form and keep what was typed.
class DirectoryDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(DirectoryDialog)

 public:
  explicit DirectoryDialog(Edits& edits, QWidget* parent = nullptr);

  // What the Add buttons do; the service's message if refused.
  std::optional<QString> addGroup();
  std::optional<QString> addArea();
  std::optional<QString> addAgency();
  std::optional<QString> addMember();

  QTabWidget* tabs() const { return m_tabs; }
  QTableWidget* table(int tab) const { return m_tables[tab]; }
  QLineEdit* areaCode() const { return m_areaCode; }
  QLineEdit* areaName() const { return m_areaName; }
  QLineEdit* memberName() const { return m_memberName; }
  QComboBox* memberAgency() const { return m_memberAgency; }
  QComboBox* memberGroup() const { return m_memberGroup; }
  QComboBox* memberRole() const { return m_memberRole; }
  QLabel* errorLabel(int tab) const { return m_errors[tab]; }

  void reload();

 private:
  QWidget* groupsTab();
  QWidget* areasTab();
  QWidget* agenciesTab();
  QWidget* membersTab();
  QWidget* page(int index, const QStringList& header, QLayout* form, const QString& addText,
                std::optional<QString> (DirectoryDialog::*add)());
  Edits& m_edits;
  QTabWidget* m_tabs;
  QTableWidget* m_tables[4] = {};
  QLabel* m_errors[4] = {};
  QLineEdit* m_groupCode;
  QLineEdit* m_groupName;
  QComboBox* m_groupParent;
  QSpinBox* m_groupCycle;
  QCheckBox* m_groupApproval;
  QLineEdit* m_areaCode;
  QLineEdit* m_areaName;
  QLineEdit* m_agencyCode;
  QLineEdit* m_agencyName;
  QLineEdit* m_memberName;
  QComboBox* m_memberAgency;
  QLineEdit* m_memberTitle;
  QLineEdit* m_memberEmail;
  QLineEdit* m_memberPhone;
  QComboBox* m_memberGroup;
  QComboBox* m_memberRole;
};

}  // namespace casebook::gui
