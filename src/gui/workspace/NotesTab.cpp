#include "NotesTab.h"

#include "CaseService.h"
#include "FormStyle.h"
#include "edits/Edits.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::gui {

NotesTab::NotesTab(Edits& edits, QWidget* parent) : QWidget(parent), m_edits(edits) {
  m_list = new QListWidget(this);
  m_list->setWordWrap(true);
  m_list->setAlternatingRowColors(true);
  m_list->setAccessibleName(tr("Notes"));
  m_editor = new QPlainTextEdit(this);
  m_editor->setAccessibleName(tr("New note"));
  m_editor->setPlaceholderText(tr("A new note: facts, sources and who was told. Ctrl+Enter adds it."));
  m_editor->setMaximumHeight(80);
  m_editor->setTabChangesFocus(true);
  m_add = new QPushButton(tr("Add &note"), this);
  m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
  m_add->setAccessibleName(tr("Add note"));
  connect(m_add, &QPushButton::clicked, this, [this] {
    const auto problem = addNote(m_editor->toPlainText());
    if (!problem) m_editor->clear();
    showError(m_error, problem);
  });
  m_error = makeErrorLabel(this);
  auto* row = new QHBoxLayout;
  row->addWidget(m_editor, 1);
  row->addWidget(m_add, 0, Qt::AlignBottom);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_list, 1);
  layout->addLayout(row);
  layout->addWidget(m_error);
}

void NotesTab::showCase(const CaseDetail& detail) {
  m_reference = detail.record.reference;
  m_list->clear();
  for (const auto& n : detail.notes) {
    m_list->addItem(QStringLiteral("%1 — %2\n%3").arg(n.writtenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), n.author, n.body));
  }
  if (detail.notes.empty()) m_list->addItem(tr("No notes yet."));
  m_list->scrollToBottom();
}

std::optional<QString> NotesTab::addNote(const QString& text) {
  ServiceContext& ctx = m_edits.context();
  return m_edits.attempt(tr("note on %1").arg(m_reference),
                         [&] { return CaseService(ctx).addNote(m_reference, text, ctx.actor.userName); });
}

}  // namespace casebook::gui
