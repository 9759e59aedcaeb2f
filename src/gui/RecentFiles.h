#pragma once

#include <QStringList>

namespace casebook::gui::RecentFiles {

// The databases opened lately, newest first; files that have gone are left out.
QStringList list();
void remember(const QString& path);

}  // namespace casebook::gui::RecentFiles
