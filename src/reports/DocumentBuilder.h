#pragma once

#include <QColor>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace casebook {

// Builds a meeting paper block by block. Every piece of text goes in through
// QTextCursor::insertText, so nothing a user typed is ever read as HTML or markup.
class DocumentBuilder final {
 public:
  struct Row {
    QStringList cells;
    bool highlighted = false;  // overdue actions: shaded light red
  };

  explicit DocumentBuilder(const QString& title);
  Q_DISABLE_COPY_MOVE(DocumentBuilder)

  void marking(const QString& text);
  void title(const QString& text);
  void heading(const QString& text);
  void subheading(const QString& text);
  void paragraph(const QString& text);
  void emphasised(const QString& text, const QColor& colour);
  void labelled(const QString& label, const QString& value);
  // Keeps the writer's line breaks: each line becomes its own paragraph.
  void paragraphs(const QString& text, int indentLevel = 0);
  void bulletList(const QStringList& items);
  // widths: one percentage per column; the header row repeats on every printed page.
  // pointSize: a wide table (the action log) may need a smaller size to keep dates whole.
  void table(const QStringList& headers, const std::vector<Row>& rows, const QList<int>& widths,
             double pointSize = 0);

  std::unique_ptr<QTextDocument> take();

  static const QColor& overdueFill();

 private:
  void startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars);
  QTextCharFormat plainFormat() const;

  std::unique_ptr<QTextDocument> m_document;
  QTextCursor m_cursor;
  // A new document, and the cursor after a table, already sit in an empty paragraph;
  // using it avoids stray blank lines.
  bool m_blockIsEmpty = true;
};

}  // namespace casebook
