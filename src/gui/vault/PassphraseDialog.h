#pragma once

#include "Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace casebook::gui {

// A new passphrase typed twice (and, to change one, the current passphrase first). The
// dialog stays open with the reason when the two differ, the passphrase is too short, or
// the apply step refuses it (a wrong current passphrase), so nothing typed is lost.
class PassphraseDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PassphraseDialog)

 public:
  enum class Kind { NewVault, Change };
  using Apply = std::function<Status(const QByteArray& current, const QByteArray& next)>;
  PassphraseDialog(Kind kind, const QString& title, Apply apply, QWidget* parent = nullptr);
  ~PassphraseDialog() override;

  QLineEdit* currentField() const { return m_current; }
  QLineEdit* newField() const { return m_new; }
  QLineEdit* againField() const { return m_again; }
  QLabel* errorLabel() const { return m_error; }

  void accept() override;

 private:
  Apply m_apply;
  QLineEdit* m_current = nullptr;
  QLineEdit* m_new;
  QLineEdit* m_again;
  QLabel* m_error;
};

}  // namespace casebook::gui
