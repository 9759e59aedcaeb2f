#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace casebook::gui::RecentFiles {

namespace {
constexpr int kKept = 8;
QString key() { return QStringLiteral("recentFiles"); }
}  // namespace

QStringList list() {
  QStringList files = QSettings().value(key()).toStringList();
  files.erase(std::remove_if(files.begin(), files.end(), [](const QString& f) { return !QFileInfo::exists(f); }),
              files.end());
  return files;
}

void remember(const QString& path) {
  if (path == QStringLiteral(":memory:")) return;
  QSettings settings;
  const QStringList before = settings.value(key()).toStringList();
  QStringList files = before;
  const QString absolute = QFileInfo(path).absoluteFilePath();
  files.removeAll(absolute);
  files.prepend(absolute);
  while (files.size() > kKept) files.removeLast();
  // Reopening the file at the top of the list changes nothing; writing the settings file
  // anyway (with its sync to disk) would hold up the window on every start.
  if (files != before) settings.setValue(key(), files);
}

}  // namespace casebook::gui::RecentFiles
