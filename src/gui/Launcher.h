#pragma once

#include "Result.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace casebook::gui {

class MainWindow;
class Session;

// Holds the open database and its window, and swaps both for File > Open, New and New
// demo database. A file that cannot be opened leaves the current one open.
class Launcher final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(Launcher)

 public:
  explicit Launcher(QObject* parent = nullptr);
  ~Launcher() override;

  Status openDatabase(const QString& path);
  Status newDatabase(const QString& path);
  // A new file filled with fictional demo cases, with a progress bar and Cancel (which
  // removes the half-made file).
  Status newDemoDatabase(const QString& path, int cases, QWidget* progressParent);

  MainWindow* window() const { return m_window.get(); }

 private:
  void show(std::unique_ptr<Session> session);
  void connectWindow();
  std::unique_ptr<Session> m_session;
  std::unique_ptr<MainWindow> m_window;
};

}  // namespace casebook::gui
