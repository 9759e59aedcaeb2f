#pragma once

#include "CaseInputs.h"

#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace casebook::cli {

class CliSession;

// The referral options shared by 'case add' and 'refer'.
struct ReferralArgs {
  std::string group;
  std::string date;
  std::string agency;
  std::string officer;
  std::string contact;
  std::string reason;
  std::string criterion = "visible_high_risk";
  std::string concern;
  std::string likelihood;  // text, so that an explicit 0 is seen and rejected
  std::string impact;
  bool urgent = false;
  bool safeToPhone = false;
  std::string consent = "not_known";
  std::string lawfulBasis;
};

void addReferralOptions(CLI::App* command, ReferralArgs& args);
// Converts and checks the arguments; on a problem prints it and returns nullopt.
std::optional<ReferralInput> toReferralInput(CliSession& session, const ReferralArgs& args);

}  // namespace casebook::cli
