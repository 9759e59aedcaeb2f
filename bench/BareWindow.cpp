// The floor for the desktop's start-up (docs/performance.md): a bare Qt Widgets window,
// started and timed by bench/run in the same way and in the same run as Casebook.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QMainWindow window;
  window.setCentralWidget(new QLabel(QStringLiteral("A bare window")));
  window.resize(1200, 800);
  new casebook::gui::FirstPaintProbe(&window);
  window.show();
  return app.exec();
}
