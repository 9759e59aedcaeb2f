#pragma once

#include "Result.h"

#include <xlsxwriter.h>

namespace casebook {

// The libxlsxwriter functions the action log workbook uses, loaded the first time a
// workbook is written rather than when a program starts. The library brings libcrypto and
// minizip with it, and loading the three took about 1.5 ms of every start of the desktop
// (docs/performance.md) for a file written a few times a month.
struct XlsxLibrary {
  decltype(&::workbook_new) workbook_new;
  decltype(&::workbook_add_worksheet) workbook_add_worksheet;
  decltype(&::workbook_add_format) workbook_add_format;
  decltype(&::workbook_close) workbook_close;
  decltype(&::format_set_bold) format_set_bold;
  decltype(&::format_set_bg_color) format_set_bg_color;
  decltype(&::format_set_border) format_set_border;
  decltype(&::format_set_text_wrap) format_set_text_wrap;
  decltype(&::format_set_align) format_set_align;
  decltype(&::format_set_num_format) format_set_num_format;
  decltype(&::worksheet_write_string) worksheet_write_string;
  decltype(&::worksheet_write_blank) worksheet_write_blank;
  decltype(&::worksheet_write_datetime) worksheet_write_datetime;
  decltype(&::worksheet_set_column) worksheet_set_column;
  decltype(&::worksheet_freeze_panes) worksheet_freeze_panes;
  decltype(&::worksheet_autofilter) worksheet_autofilter;
  decltype(&::lxw_strerror) lxw_strerror;

  // libxlsxwriter's, loaded once per process; an error says what is missing and how to get it.
  static Result<const XlsxLibrary*> get();
  // The functions of the library of this runtime name (else of the file at fallbackPath),
  // loaded now and never unloaded (for tests of a library that is missing or is not
  // libxlsxwriter).
  static Result<XlsxLibrary> open(const char* runtimeName, const char* fallbackPath = nullptr);
};

}  // namespace casebook
