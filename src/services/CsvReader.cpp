#include "CsvReader.h"

#include <csv.h>

namespace casebook {

namespace {

struct ParseState {
  CsvTable table;
  QStringList fields;
  int line = 1;
  int rowStart = 1;
  bool header = true;
};

void onField(void* data, size_t size, void* user) {
  auto* state = static_cast<ParseState*>(user);
  state->fields << QString::fromUtf8(static_cast<const char*>(data), static_cast<qsizetype>(size)).trimmed();
}

void onRowEnd(int, void* user) {
  auto* state = static_cast<ParseState*>(user);
  bool blank = true;
  for (const auto& field : state->fields) blank = blank && field.isEmpty();
  if (!blank) {
    if (state->header) {
      state->table.header = state->fields;
      state->header = false;
    } else {
      state->table.rows.push_back({state->rowStart, state->fields});
    }
  }
  state->fields.clear();
}

}  // namespace

Result<CsvTable> CsvReader::parse(const QString& text) {
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) return Error::storage(QStringLiteral("out of memory reading the CSV"));
  ParseState state;
  QByteArray utf8 = text.toUtf8();
  // Old Mac spreadsheets end lines with CR alone; lines are counted at LF.
  if (!utf8.contains('\n')) utf8.replace('\r', '\n');
  qsizetype start = 0;
  // Fed a physical line at a time, so a row's first line is known even when a quoted
  // field runs over several lines.
  while (start < utf8.size()) {
    qsizetype end = utf8.indexOf('\n', start);
    end = end < 0 ? utf8.size() : end + 1;
    if (parser.pstate == 0 && state.fields.isEmpty()) state.rowStart = state.line;
    if (csv_parse(&parser, utf8.constData() + start, static_cast<size_t>(end - start), onField, onRowEnd, &state) !=
        static_cast<size_t>(end - start)) {
      const QString problem = QString::fromLatin1(csv_strerror(csv_error(&parser)));
      csv_free(&parser);
      return Error::invalid(QStringLiteral("line %1").arg(state.line), QStringLiteral("the CSV cannot be read: %1").arg(problem),
                            QStringLiteral("Check the quotes on that line"));
    }
    ++state.line;
    start = end;
  }
  if (csv_fini(&parser, onField, onRowEnd, &state) != 0) {
    csv_free(&parser);
    return Error::invalid(QStringLiteral("line %1").arg(state.rowStart), QStringLiteral("a quoted field is never closed"),
                          QStringLiteral("Check the quotes from that line on"));
  }
  csv_free(&parser);
  return state.table;
}

}  // namespace casebook
