#pragma once

#include <QString>

class QWidget;

namespace casebook {

namespace gui {
class MainWindow;
}

// The windows the user guide pictures (scripts/screenshots): a dialog by name, or meeting
// mode on a meeting at an item (dialog "presenter": its presenter view).
QWidget* screenshotScene(gui::MainWindow& window, const QString& dialog, qint64 meetingId, int item);

}  // namespace casebook
