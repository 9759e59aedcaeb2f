#pragma once

#include "CaseInputs.h"

namespace casebook::cli {

class CliSession;

// 'case show' for people: the whole case on one screen, with the several-groups warning first.
void printDetail(CliSession& s, const CaseDetail& d);

}  // namespace casebook::cli
