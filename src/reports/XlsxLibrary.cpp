#include "XlsxLibrary.h"

#include <QString>

#include <dlfcn.h>

#include <mutex>
#include <optional>

namespace casebook {

namespace {

template <typename Function>
void find(void* library, const char* runtimeName, const char* name, Function& into, QString& problem) {
  into = reinterpret_cast<Function>(dlsym(library, name));
  if (!into && problem.isEmpty()) {
    problem = QStringLiteral("%1 has no function %2").arg(QString::fromLatin1(runtimeName), QString::fromLatin1(name));
  }
}

}  // namespace

Result<XlsxLibrary> XlsxLibrary::open(const char* runtimeName, const char* fallbackPath) {
  // Never unloaded once it serves: the functions stay valid for the rest of the process.
  void* library = dlopen(runtimeName, RTLD_NOW | RTLD_LOCAL);
  QString problem = library ? QString() : QString::fromLocal8Bit(dlerror());
  if (!library && fallbackPath) {
    library = dlopen(fallbackPath, RTLD_NOW | RTLD_LOCAL);
    if (library) problem.clear();
  }
  XlsxLibrary f{};
  if (library) {
    const char* n = runtimeName;
    find(library, n, "workbook_new", f.workbook_new, problem);
    find(library, n, "workbook_add_worksheet", f.workbook_add_worksheet, problem);
    find(library, n, "workbook_add_format", f.workbook_add_format, problem);
    find(library, n, "workbook_close", f.workbook_close, problem);
    find(library, n, "format_set_bold", f.format_set_bold, problem);
    find(library, n, "format_set_bg_color", f.format_set_bg_color, problem);
    find(library, n, "format_set_border", f.format_set_border, problem);
    find(library, n, "format_set_text_wrap", f.format_set_text_wrap, problem);
    find(library, n, "format_set_align", f.format_set_align, problem);
    find(library, n, "format_set_num_format", f.format_set_num_format, problem);
    find(library, n, "worksheet_write_string", f.worksheet_write_string, problem);
    find(library, n, "worksheet_write_blank", f.worksheet_write_blank, problem);
    find(library, n, "worksheet_write_datetime", f.worksheet_write_datetime, problem);
    find(library, n, "worksheet_set_column", f.worksheet_set_column, problem);
    find(library, n, "worksheet_freeze_panes", f.worksheet_freeze_panes, problem);
    find(library, n, "worksheet_autofilter", f.worksheet_autofilter, problem);
    find(library, n, "lxw_strerror", f.lxw_strerror, problem);
  }
  if (!problem.isEmpty()) {
    if (library) dlclose(library);
    return Error::storage(QStringLiteral("cannot write a spreadsheet: the XLSX library could not be loaded (%1)")
                              .arg(problem),
                          QStringLiteral("Install the %1 package, or export the action log as ODT or PDF")
                              .arg(QString::fromLatin1(CASEBOOK_XLSXWRITER_PACKAGE)));
  }
  return f;
}

Result<const XlsxLibrary*> XlsxLibrary::get() {
  // Kept once loaded; a failure is tried again next time, so installing the package needs
  // no restart.
  static std::mutex loading;
  static std::optional<XlsxLibrary> loaded;
  const std::lock_guard<std::mutex> lock(loading);
  if (!loaded) {
    auto opened = open(CASEBOOK_XLSXWRITER_SONAME, CASEBOOK_XLSXWRITER_FOUND_AT);
    if (!opened) return opened.error();
    loaded = opened.value();
  }
  return &*loaded;
}

}  // namespace casebook
