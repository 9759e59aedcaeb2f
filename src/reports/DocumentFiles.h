#pragma once

#include "Result.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace casebook {

// Atomic replacement of one file: the content is written to a temporary file in the target's
// own folder (a rename across file systems would copy, not replace) and renamed over the
// target only once complete and on disk. On any failure the target is untouched and the
// temporary file removed.
class AtomicFileWriter final {
 public:
  explicit AtomicFileWriter(QString path);
  Q_DISABLE_COPY_MOVE(AtomicFileWriter)

  // For writers that take a device (ODT, PDF).
  Status writeDevice(const std::function<Status(QIODevice&)>& write);
  // For writers that insist on opening the file themselves (libxlsxwriter).
  Status writeNamedFile(const std::function<Status(const QString& file)>& write);

 private:
  Status write(const std::function<Status(QIODevice&, const QString&)>& write);

  QString m_path;
};

}  // namespace casebook
