#include "ActionLogWorkbook.h"

#include "EnumKeys.h"
#include "XlsxLibrary.h"

#include <QFile>

#include <memory>

namespace casebook {

namespace {

constexpr lxw_col_t kColumns = 7;
constexpr double kWidths[kColumns] = {16, 18, 50, 20, 12, 24, 45};
constexpr lxw_color_t kHeaderShade = 0xE6E6E6;
constexpr lxw_color_t kOverdueFill = 0xFFC7CE;  // Excel's own "bad" shade, as in the ODT log
// Excel refuses a cell longer than this; libxlsxwriter then fails the whole write.
constexpr qsizetype kMaxCellChars = 32000;

// Formula injection: a cell is only ever a formula if written with worksheet_write_formula,
// and this file never calls it. Text starting with = + - @ goes through worksheet_write_string
// into the shared-string table, which Excel and LibreOffice show as text and never evaluate.
// So no leading apostrophe is added (it would corrupt the partner's words, e.g. "-" bullets,
// and appear literally in every other tool). The ODT log is plain text paragraphs: nothing
// there is evaluated either.
QByteArray cellText(QString text) {
  // Control characters other than tab and newline are not allowed in XML 1.0: Excel calls a
  // workbook containing one corrupt.
  text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
  text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
  text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'); });
  if (text.size() > kMaxCellChars) text = text.left(kMaxCellChars - 1) + QChar(0x2026);
  return text.toUtf8();
}

struct WorkbookCloser {
  const XlsxLibrary* x;
  void operator()(lxw_workbook* workbook) const {
    // Only reached on an error path: a workbook that fails part way must still free its
    // memory; what it writes there is the temporary file the caller removes.
    x->workbook_close(workbook);
  }
};

struct Formats {
  lxw_format* header;
  lxw_format* text;
  lxw_format* date;
  lxw_format* overdueText;
  lxw_format* overdueDate;
};

lxw_format* cellFormat(const XlsxLibrary& x, lxw_workbook* workbook, bool isDate, bool overdue) {
  lxw_format* format = x.workbook_add_format(workbook);
  x.format_set_text_wrap(format);
  x.format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  x.format_set_border(format, LXW_BORDER_THIN);
  if (isDate) x.format_set_num_format(format, "dd/mm/yyyy");
  if (overdue) x.format_set_bg_color(format, kOverdueFill);
  return format;
}

Formats makeFormats(const XlsxLibrary& x, lxw_workbook* workbook) {
  Formats f{};
  f.header = x.workbook_add_format(workbook);
  x.format_set_bold(f.header);
  x.format_set_bg_color(f.header, kHeaderShade);
  x.format_set_border(f.header, LXW_BORDER_THIN);
  x.format_set_text_wrap(f.header);
  x.format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  f.text = cellFormat(x, workbook, false, false);
  f.date = cellFormat(x, workbook, true, false);
  f.overdueText = cellFormat(x, workbook, false, true);
  f.overdueDate = cellFormat(x, workbook, true, true);
  return f;
}

// Remembers the first failure so one check at the end covers every write.
class SheetWriter final {
 public:
  SheetWriter(const XlsxLibrary& x, lxw_worksheet* sheet) : m_x(x), m_sheet(sheet) {}

  void text(lxw_row_t row, lxw_col_t column, const QString& value, lxw_format* format) {
    keep(m_x.worksheet_write_string(m_sheet, row, column, cellText(value).constData(), format));
  }
  void date(lxw_row_t row, lxw_col_t column, const QDate& value, lxw_format* format) {
    if (!value.isValid()) {
      keep(m_x.worksheet_write_blank(m_sheet, row, column, format));
      return;
    }
    lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0.0};
    keep(m_x.worksheet_write_datetime(m_sheet, row, column, &when, format));
  }
  void keep(lxw_error error) {
    if (m_error == LXW_NO_ERROR) m_error = error;
  }
  lxw_error error() const { return m_error; }

 private:
  const XlsxLibrary& m_x;
  lxw_worksheet* m_sheet;
  lxw_error m_error = LXW_NO_ERROR;
};

Error workbookError(const XlsxLibrary& x, lxw_error error) {
  return Error::storage(QStringLiteral("could not write the action log workbook (%1)")
                            .arg(QString::fromUtf8(x.lxw_strerror(error))),
                        QStringLiteral("Check the folder has free space and try again"));
}

}  // namespace

const QStringList& actionLogHeaders() {
  static const QStringList headers{QStringLiteral("Meeting date and item"), QStringLiteral("Case"),
                                   QStringLiteral("Action"),  QStringLiteral("Owner"),
                                   QStringLiteral("Complete by"), QStringLiteral("Status"),
                                   QStringLiteral("Update")};
  return headers;
}

Status writeActionLogWorkbook(const MeetingRecord& record, const QString& file) {
  const auto library = XlsxLibrary::get();
  if (!library) return library.error();
  const XlsxLibrary& x = *library.value();
  std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(x.workbook_new(QFile::encodeName(file).constData()),
                                                         WorkbookCloser{&x});
  if (!workbook) return workbookError(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
  lxw_worksheet* sheet = x.workbook_add_worksheet(workbook.get(), "Action log");
  if (!sheet) return workbookError(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
  const Formats formats = makeFormats(x, workbook.get());

  SheetWriter writer(x, sheet);
  for (lxw_col_t column = 0; column < kColumns; ++column) {
    writer.keep(x.worksheet_set_column(sheet, column, column, kWidths[column], nullptr));
    writer.text(0, column, actionLogHeaders().at(column), formats.header);
  }
  lxw_row_t row = 1;
  for (const RecordAction& a : record.actionLog) {
    lxw_format* text = a.overdue ? formats.overdueText : formats.text;
    writer.text(row, 0, a.reference, text);
    writer.text(row, 1, a.caseReference, text);
    writer.text(row, 2, a.text, text);
    writer.text(row, 3, a.owner, text);
    writer.date(row, 4, a.dueOn, a.overdue ? formats.overdueDate : formats.date);
    writer.text(row, 5, toLabel(a.status), text);
    writer.text(row, 6, a.update, text);
    ++row;
  }
  x.worksheet_freeze_panes(sheet, 1, 0);
  writer.keep(x.worksheet_autofilter(sheet, 0, 0, row - 1, kColumns - 1));
  if (writer.error() != LXW_NO_ERROR) return workbookError(x, writer.error());

  const lxw_error closed = x.workbook_close(workbook.release());
  if (closed != LXW_NO_ERROR) return workbookError(x, closed);
  return {};
}

}  // namespace casebook
