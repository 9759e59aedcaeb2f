#include "DocumentFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#include <unistd.h>

namespace casebook {

namespace {

const QString kFix = QStringLiteral("Check the folder exists, that you may write to it and that the disk is not full");

Error folderError(const QString& problem, const QString& folder, const QString& detail) {
  return Error::storage(QStringLiteral("%1 in the folder %2 (%3)").arg(problem, QDir::toNativeSeparators(folder), detail),
                        kFix);
}

bool syncToDisk(const QString& file) {
  QFile f(file);
  if (!f.open(QIODevice::ReadWrite)) return false;
  return ::fsync(f.handle()) == 0;
}

}  // namespace

AtomicFileWriter::AtomicFileWriter(QString path) : m_path(std::move(path)) {}

Status AtomicFileWriter::writeDevice(const std::function<Status(QIODevice&)>& write) {
  return this->write([&](QIODevice& device, const QString&) { return write(device); });
}

Status AtomicFileWriter::writeNamedFile(const std::function<Status(const QString& file)>& write) {
  return this->write([&](QIODevice& device, const QString& file) {
    device.close();  // the temporary file stays (auto-remove happens on destruction only)
    return write(file);
  });
}

Status AtomicFileWriter::write(const std::function<Status(QIODevice&, const QString&)>& write) {
  const QFileInfo target(m_path);
  const QString folder = target.absolutePath();
  if (m_path.isEmpty() || target.fileName().isEmpty()) {
    return Error::invalid(QStringLiteral("file"), QStringLiteral("no file name was given"),
                          QStringLiteral("Give a file name, e.g. minutes.pdf"));
  }
  if (target.isDir()) {
    return Error::invalid(QStringLiteral("file"),
                          QStringLiteral("%1 is a folder, not a file").arg(QDir::toNativeSeparators(m_path)),
                          QStringLiteral("Give a file name inside it, e.g. minutes.pdf"));
  }
  if (!QFileInfo(folder).isDir()) {
    return Error::notFound(QStringLiteral("folder"),
                           QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)),
                           QStringLiteral("Create the folder first, or choose one that exists"));
  }

  // Meeting papers are OFFICIAL-SENSITIVE: the temporary file is created owner-only (0600) and
  // keeps that mode when renamed, so a new paper is never readable by other local users.
  QTemporaryFile temporary(folder + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
  if (!temporary.open()) return folderError(QStringLiteral("cannot create a file"), folder, temporary.errorString());
  const QString temporaryName = temporary.fileName();

  if (Status written = write(temporary, temporaryName); !written) return written;
  if (temporary.isOpen()) {
    if (!temporary.flush()) return folderError(QStringLiteral("cannot write"), folder, temporary.errorString());
    temporary.close();
  }
  if (!syncToDisk(temporaryName)) {
    return folderError(QStringLiteral("cannot save the document to disk"), folder, QStringLiteral("fsync failed"));
  }
  // std::filesystem::rename is rename(2): it replaces an existing target in one step, which
  // QFile::rename refuses to do.
  std::error_code error;
  std::filesystem::rename(QFile::encodeName(temporaryName).toStdString(), QFile::encodeName(m_path).toStdString(),
                          error);
  if (error) {
    return folderError(QStringLiteral("cannot replace %1").arg(target.fileName()), folder,
                       QString::fromLocal8Bit(error.message()));
  }
  temporary.setAutoRemove(false);  // it is the target now
  return {};
}

}  // namespace casebook
