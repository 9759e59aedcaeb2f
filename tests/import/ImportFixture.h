#pragma once

#include "CaseReader.h"
#include "DirectoryService.h"
#include "ImportService.h"
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
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
  }
  Result<ImportReport> import(const QString& path, ImportOptions options = {}) {
    return ImportService(bed.ctx).importCases(path, options);
  }
  // Imports bytes written to a file; the report must come back (no file-level error).
  ImportReport importBytes(const QByteArray& bytes, ImportOptions options = {}) {
    auto report = import(write("rows.csv", bytes), options);
    INFO(errorText(report));
    REQUIRE(report.ok());
    return report.value();
  }
  int caseCount() {
    CaseListRequest all;
    auto page = CaseReader(bed.ctx).list(all);
    return page ? page->total : -1;
  }
  CaseDetail detail(const QString& reference) {
    auto found = CaseReader(bed.ctx).get(reference);
    INFO(errorText(found));
    REQUIRE(found.ok());
    return found.value();
  }
  void addChair(const QString& name, const QString& groupCode) {
    NewMemberInput member;
    member.name = name;
    member.agencyCode = QStringLiteral("POL");
    member.groupCode = groupCode;
    member.role = MembershipRole::Chair;
    REQUIRE(DirectoryService(bed.ctx).addMember(member).ok());
  }
};

// For failure messages: every problem of a report, one per line.
inline QString problemText(const ImportReport& report) {
  QStringList lines;
  for (const auto& p : report.problems) {
    lines << QStringLiteral("line %1, column %2: %3").arg(p.line).arg(p.column, p.reason);
  }
  return lines.join(QLatin1Char('\n'));
}

inline const QByteArray kHeader = "Reference,Group,Subject,Date of birth,Referral date,Reason,Likelihood,Impact,Status,Outcome\r\n";

}  // namespace casebook::test
