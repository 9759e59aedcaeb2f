#pragma once

#include "TestSupport.h"

#include <functional>
#include <vector>

namespace casebook::test {

// A database with what the free-text fields hang off: an open, scored LEDG case, a second
// case to link to, a chair of LEDG and a planned LEDG meeting.
struct InjectionScene {
  InjectionScene();
  TestBed bed;
  QString baseCase;
  QString otherCase;
  qint64 meetingId = 0;
  QString written;  // what a field's write created (a case reference or a row id), for its read
};

// One free-text field a service accepts: how to write a text through the service and how
// to read it back through a service.
struct TextField {
  const char* name;
  // The service trims surrounding white space (names, codes' labels, action text): then the
  // trimmed text is what must come back.
  bool trims = false;
  std::function<Status(InjectionScene&, const QString&)> write;
  std::function<QString(InjectionScene&)> read;
  // Texts the service refuses by its own rule (an e-mail needs an '@'); null: none.
  std::function<bool(const QString&)> refuses;
  QString plain = QStringLiteral("Plain text");  // an ordinary value the field accepts
};

std::vector<TextField> caseFields();       // new case, subject, referral
std::vector<TextField> caseChangeFields(); // update, close, reopen, link, notes
std::vector<TextField> referralFields();   // decisions, escalation, step-down
std::vector<TextField> riskActionFields(); // assessments, actions
std::vector<TextField> meetingDirectoryFields();
std::vector<TextField> planFields();

}  // namespace casebook::test
