#pragma once

// For bench/run: tells the watching script when a window's first frame is on screen, then
// quits. Header-only, so bench/BareWindow (the floor the desktop's start-up is measured
// against) reports the same moment in the same way without linking Casebook.

#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace casebook::gui {

class FirstPaintProbe final : public QObject {
 public:
  // extra: more "key=value" fields for the same line (the desktop adds its unlock time).
  FirstPaintProbe(QWidget* window, QByteArray extra = {}) : QObject(window), m_extra(std::move(extra)) {
    window->installEventFilter(this);
  }

  // CLOCK_MONOTONIC is one clock for every process on the machine, so the script subtracts
  // the moment it started the program from this.
  static long long monotonicNs() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
  }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    // The first Paint of the top-level widget starts the first frame; the next turn of the
    // event loop comes once the whole frame, children included, has been painted and flushed.
    if (event->type() == QEvent::Paint && !m_seen) {
      m_seen = true;
      QTimer::singleShot(0, this, [this] {
        std::printf("probe painted_ns=%lld %s\n", monotonicNs(), m_extra.constData());
        std::fflush(stdout);
        QCoreApplication::quit();
      });
    }
    return QObject::eventFilter(watched, event);
  }

 private:
  QByteArray m_extra;
  bool m_seen = false;
};

}  // namespace casebook::gui
