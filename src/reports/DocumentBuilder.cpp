#include "DocumentBuilder.h"

#include <QFont>
#include <QTextList>
#include <QTextTable>

namespace casebook {

namespace {

constexpr double kBodyPoints = 11.0;
const QColor kHeaderShade(0xE6, 0xE6, 0xE6);
const QColor kMarkingColour(0x80, 0x00, 0x00);

QTextBlockFormat spacedBlock(double above, double below) {
  QTextBlockFormat format;
  format.setTopMargin(above);
  format.setBottomMargin(below);
  return format;
}

}  // namespace

DocumentBuilder::DocumentBuilder(const QString& title) : m_document(std::make_unique<QTextDocument>()) {
  // Liberation Sans and Arial share metrics, so a paper opened in Word or LibreOffice keeps
  // its line breaks; DejaVu Sans is what a minimal Debian install has.
  QFont font;
  font.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("Arial"), QStringLiteral("DejaVu Sans")});
  font.setStyleHint(QFont::SansSerif);
  font.setPointSizeF(kBodyPoints);
  m_document->setDefaultFont(font);
  m_document->setDocumentMargin(0);
  m_document->setMetaInformation(QTextDocument::DocumentTitle, title);
  m_cursor = QTextCursor(m_document.get());
}

const QColor& DocumentBuilder::overdueFill() {
  static const QColor fill(0xFF, 0xC7, 0xCE);  // the spreadsheet convention for "bad"
  return fill;
}

QTextCharFormat DocumentBuilder::plainFormat() const {
  QTextCharFormat format;
  format.setFont(m_document->defaultFont());
  return format;
}

void DocumentBuilder::startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars) {
  if (m_blockIsEmpty) {
    m_cursor.setBlockFormat(block);
    m_cursor.setBlockCharFormat(chars);
    m_cursor.setCharFormat(chars);
    m_blockIsEmpty = false;
  } else {
    m_cursor.insertBlock(block, chars);
  }
}

void DocumentBuilder::marking(const QString& text) {
  QTextCharFormat chars = plainFormat();
  chars.setFontWeight(QFont::Bold);
  chars.setFontPointSize(kBodyPoints - 1);
  chars.setForeground(kMarkingColour);
  startBlock(spacedBlock(0, 6), chars);
  m_cursor.insertText(text, chars);
}

void DocumentBuilder::title(const QString& text) {
  QTextCharFormat chars = plainFormat();
  chars.setFontWeight(QFont::Bold);
  chars.setFontPointSize(18);
  QTextBlockFormat block = spacedBlock(6, 6);
  block.setHeadingLevel(1);
  startBlock(block, chars);
  m_cursor.insertText(text, chars);
}

void DocumentBuilder::heading(const QString& text) {
  QTextCharFormat chars = plainFormat();
  chars.setFontWeight(QFont::Bold);
  chars.setFontPointSize(14);
  QTextBlockFormat block = spacedBlock(16, 4);
  block.setHeadingLevel(2);
  // A heading left alone at the foot of a printed page reads as a missing section.
  block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
  startBlock(block, chars);
  m_cursor.insertText(text, chars);
}

void DocumentBuilder::subheading(const QString& text) {
  QTextCharFormat chars = plainFormat();
  chars.setFontWeight(QFont::Bold);
  QTextBlockFormat block = spacedBlock(8, 2);
  block.setHeadingLevel(3);
  startBlock(block, chars);
  m_cursor.insertText(text, chars);
}

void DocumentBuilder::paragraph(const QString& text) {
  startBlock(spacedBlock(0, 3), plainFormat());
  m_cursor.insertText(text, plainFormat());
}

void DocumentBuilder::emphasised(const QString& text, const QColor& colour) {
  QTextCharFormat chars = plainFormat();
  chars.setFontWeight(QFont::Bold);
  chars.setForeground(colour);
  startBlock(spacedBlock(0, 6), chars);
  m_cursor.insertText(text, chars);
}

void DocumentBuilder::labelled(const QString& label, const QString& value) {
  QTextCharFormat bold = plainFormat();
  bold.setFontWeight(QFont::Bold);
  startBlock(spacedBlock(0, 3), plainFormat());
  m_cursor.insertText(label + QStringLiteral(": "), bold);
  m_cursor.insertText(value, plainFormat());
}

void DocumentBuilder::paragraphs(const QString& text, int indentLevel) {
  QTextBlockFormat block = spacedBlock(0, 4);
  block.setIndent(indentLevel);
  const QStringList lines = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
  for (const QString& line : lines) {
    startBlock(block, plainFormat());
    m_cursor.insertText(line, plainFormat());
  }
}

void DocumentBuilder::bulletList(const QStringList& items) {
  if (items.isEmpty()) return;
  startBlock(spacedBlock(0, 2), plainFormat());
  QTextListFormat listFormat;
  listFormat.setStyle(QTextListFormat::ListDisc);
  m_cursor.createList(listFormat);
  for (qsizetype i = 0; i < items.size(); ++i) {
    if (i > 0) m_cursor.insertBlock();
    m_cursor.insertText(items.at(i), plainFormat());
  }
  // The next paragraph must not join the list.
  m_cursor.insertBlock(spacedBlock(0, 3), plainFormat());
  if (QTextList* list = m_cursor.currentList()) list->remove(m_cursor.block());
  m_cursor.setBlockFormat(spacedBlock(0, 3));
  m_blockIsEmpty = true;
}

void DocumentBuilder::table(const QStringList& headers, const std::vector<Row>& rows, const QList<int>& widths,
                            double pointSize) {
  startBlock(spacedBlock(2, 0), plainFormat());
  QTextCharFormat plain = plainFormat();
  if (pointSize > 0) plain.setFontPointSize(pointSize);
  QTextTableFormat format;
  format.setBorder(1);
  format.setBottomMargin(8);
  format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
  format.setBorderBrush(QColor(0x60, 0x60, 0x60));
  format.setBorderCollapse(true);
  format.setCellPadding(4);
  format.setCellSpacing(0);
  format.setHeaderRowCount(1);
  format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
  QList<QTextLength> constraints;
  for (int width : widths) constraints << QTextLength(QTextLength::PercentageLength, width);
  format.setColumnWidthConstraints(constraints);

  const int columns = static_cast<int>(headers.size());
  QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()) + 1, columns, format);

  QTextCharFormat bold = plain;
  bold.setFontWeight(QFont::Bold);
  for (int column = 0; column < columns; ++column) {
    QTextTableCell cell = table->cellAt(0, column);
    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
    cellFormat.setBackground(kHeaderShade);
    cell.setFormat(cellFormat);
    cell.firstCursorPosition().insertText(headers.at(column), bold);
  }
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    const Row& row = rows[static_cast<std::size_t>(r)];
    for (int column = 0; column < columns && column < row.cells.size(); ++column) {
      QTextTableCell cell = table->cellAt(r + 1, column);
      if (row.highlighted) {
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(overdueFill());
        cell.setFormat(cellFormat);
      }
      cell.firstCursorPosition().insertText(row.cells.at(column), plain);
    }
  }
  m_cursor.movePosition(QTextCursor::End);
  m_blockIsEmpty = true;
}

std::unique_ptr<QTextDocument> DocumentBuilder::take() { return std::move(m_document); }

}  // namespace casebook
