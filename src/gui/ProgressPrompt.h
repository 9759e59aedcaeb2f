#pragma once

#include <QString>

#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace casebook::gui {

// A progress bar with Cancel for long work run on the GUI thread (demo generation, CSV
// import): the services call back after each step, and a false answer makes them roll
// back, so a cancelled job leaves nothing half-written.
class ProgressPrompt final {
 public:
  ProgressPrompt(QWidget* parent, const QString& label);
  ~ProgressPrompt();
  ProgressPrompt(const ProgressPrompt&) = delete;
  ProgressPrompt& operator=(const ProgressPrompt&) = delete;

  // (done, total) -> keep going?
  std::function<bool(int, int)> callback();
  bool wasCancelled() const;

 private:
  std::unique_ptr<QProgressDialog> m_dialog;
};

}  // namespace casebook::gui
