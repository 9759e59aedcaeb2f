#include "ProgressPrompt.h"

#include <QApplication>
#include <QProgressDialog>

namespace casebook::gui {

ProgressPrompt::ProgressPrompt(QWidget* parent, const QString& label)
    : m_dialog(std::make_unique<QProgressDialog>(label, QObject::tr("Cancel"), 0, 100, parent)) {
  m_dialog->setWindowModality(Qt::ApplicationModal);
  m_dialog->setMinimumDuration(300);
  m_dialog->setAutoClose(false);
  m_dialog->setAccessibleName(label);
}

ProgressPrompt::~ProgressPrompt() = default;

std::function<bool(int, int)> ProgressPrompt::callback() {
  return [this](int done, int total) {
    m_dialog->setValue(total > 0 ? done * 100 / total : 0);
    // Keeps the window painted and lets the Cancel button be pressed.
    QApplication::processEvents();
    return !m_dialog->wasCanceled();
  };
}

bool ProgressPrompt::wasCancelled() const { return m_dialog->wasCanceled(); }

}  // namespace casebook::gui
