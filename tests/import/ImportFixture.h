#pragma once

#include "CaseReader.h"
#include "ImportService.h"
#include "DirectoryService.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace casebook::test {

// A seeded test database and a folder to write CSV files into.
struct ImportFixture {
  TestBed bed;
  QTemporaryDir dir;

  QString write(const char* name, const QByteArray& bytes) const {
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
  }
  Result<ImportReport> import(const QString& path, ImportOptions options = {}) {
    return ImportService(bed.ctx).importCases(path, options);
  }
  int caseCount() {
    CaseListRequest all;
    auto page = CaseReader(bed.ctx).list(all);
    return page ? page->total : -1;
  }
};

inline const QByteArray kHeader = "Reference,Group,Subject,Date of birth,Referral date,Reason,Likelihood,Impact,Status,Outcome\r\n";

}  // namespace casebook::test
