#include "XlsxLibrary.h"

#include <QString>

#include <dlfcn.h>

namespace casebook {

namespace {

struct Loaded {
  XlsxLibrary functions{};
  QString problem;  // empty once every function is found
};

template <typename Function>
bool find(void* library, const char* name, Function& into, QString& problem) {
  into = reinterpret_cast<Function>(dlsym(library, name));
  if (!into && problem.isEmpty()) {
    problem = QStringLiteral("%1 has no function %2")
                  .arg(QString::fromLatin1(CASEBOOK_XLSXWRITER_SONAME), QString::fromLatin1(name));
  }
  return into != nullptr;
}

Loaded load() {
  Loaded loaded;
  // Never unloaded: the functions stay valid for the rest of the process.
  void* library = dlopen(CASEBOOK_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    loaded.problem = QString::fromLocal8Bit(dlerror());
    return loaded;
  }
  XlsxLibrary& f = loaded.functions;
  QString& p = loaded.problem;
  find(library, "workbook_new", f.workbook_new, p);
  find(library, "workbook_add_worksheet", f.workbook_add_worksheet, p);
  find(library, "workbook_add_format", f.workbook_add_format, p);
  find(library, "workbook_close", f.workbook_close, p);
  find(library, "format_set_bold", f.format_set_bold, p);
  find(library, "format_set_bg_color", f.format_set_bg_color, p);
  find(library, "format_set_border", f.format_set_border, p);
  find(library, "format_set_text_wrap", f.format_set_text_wrap, p);
  find(library, "format_set_align", f.format_set_align, p);
  find(library, "format_set_num_format", f.format_set_num_format, p);
  find(library, "worksheet_write_string", f.worksheet_write_string, p);
  find(library, "worksheet_write_blank", f.worksheet_write_blank, p);
  find(library, "worksheet_write_datetime", f.worksheet_write_datetime, p);
  find(library, "worksheet_set_column", f.worksheet_set_column, p);
  find(library, "worksheet_freeze_panes", f.worksheet_freeze_panes, p);
  find(library, "worksheet_autofilter", f.worksheet_autofilter, p);
  find(library, "lxw_strerror", f.lxw_strerror, p);
  return loaded;
}

}  // namespace

Result<const XlsxLibrary*> XlsxLibrary::get() {
  static const Loaded loaded = load();  // thread-safe: C++ initialises a local static once
  if (!loaded.problem.isEmpty()) {
    return Error::storage(QStringLiteral("cannot write a spreadsheet: the XLSX library could not be loaded (%1)")
                              .arg(loaded.problem),
                          QStringLiteral("Install the libxlsxwriter4 package, or export the action log as ODT or PDF"));
  }
  return &loaded.functions;
}

}  // namespace casebook
