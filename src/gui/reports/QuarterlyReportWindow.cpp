#include "QuarterlyReportWindow.h"

#include "Narrative.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook::gui {

QuarterlyReportWindow::QuarterlyReportWindow(ServiceContext& ctx, ReportRequest request, QWidget* parent)
    : QWidget(parent, Qt::Window), m_ctx(ctx), m_request(std::move(request)) {
  setAttribute(Qt::WA_DeleteOnClose);
  resize(1280, 800);
  buildLayout();
  m_previewTimer = new QTimer(this);
  m_previewTimer->setSingleShot(true);
  m_previewTimer->setInterval(400);  // a pause in typing, not every keystroke
  connect(m_previewTimer, &QTimer::timeout, this, &QuarterlyReportWindow::refreshPreview);
}

QuarterlyReportWindow::~QuarterlyReportWindow() = default;

void QuarterlyReportWindow::buildLayout() {
  m_sections = new QListWidget(this);
  m_sections->setAccessibleName(tr("Sections"));
  m_sections->setMinimumWidth(240);
  m_sections->setWordWrap(true);
  m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_sections->setSpacing(2);
  m_sectionTitle = new QLabel(this);
  QFont bold = m_sectionTitle->font();
  bold.setBold(true);
  m_sectionTitle->setFont(bold);
  m_sectionTitle->setWordWrap(true);
  m_editor = new QPlainTextEdit(this);
  m_editor->setAccessibleName(tr("Section text (Markdown)"));
  m_editor->setPlaceholderText(tr("Write this section here. Markdown: a blank line starts a paragraph, **bold**, "
                                  "*italic*, - for a list. Never a name, an address or a case reference."));
  m_generated = new QPushButton(tr("Use the generated text"), this);
  m_generated->setToolTip(tr("Replace this section with the sentences written from the figures"));
  auto* editorPane = new QWidget(this);
  auto* editorLayout = new QVBoxLayout(editorPane);
  editorLayout->setContentsMargins(0, 0, 0, 0);
  editorLayout->addWidget(m_sectionTitle);
  editorLayout->addWidget(m_editor, 1);
  editorLayout->addWidget(m_generated, 0, Qt::AlignLeft);
  m_preview = new QTextBrowser(this);
  m_preview->setAccessibleName(tr("Report preview"));
  m_preview->setOpenLinks(false);

  auto* splitter = new QSplitter(this);
  splitter->addWidget(m_sections);
  splitter->addWidget(editorPane);
  splitter->addWidget(m_preview);
  splitter->setStretchFactor(1, 2);
  splitter->setStretchFactor(2, 3);

  m_status = new QLabel(this);
  m_versions = new QComboBox(this);
  m_versions->setAccessibleName(tr("Saved versions"));
  m_save = new QPushButton(tr("&Save version"), this);
  m_save->setShortcut(QKeySequence::Save);
  auto* exportButton = new QPushButton(tr("&Export..."), this);
  auto* close = new QPushButton(tr("Close"), this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(m_status, 1);
  bar->addWidget(new QLabel(tr("Version:"), this));
  bar->addWidget(m_versions);
  bar->addWidget(m_save);
  bar->addWidget(exportButton);
  bar->addWidget(close);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter, 1);
  layout->addLayout(bar);

  connect(m_sections, &QListWidget::currentRowChanged, this, &QuarterlyReportWindow::showSection);
  connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
    if (m_current < 0 || m_editor->toPlainText() == m_texts[m_sectionList[static_cast<size_t>(m_current)].key]) return;
    keepEditorText();
    m_dirty = true;
    updateStatus();
    m_previewTimer->start();
  });
  connect(m_generated, &QPushButton::clicked, this, &QuarterlyReportWindow::useGeneratedText);
  connect(m_save, &QPushButton::clicked, this, &QuarterlyReportWindow::save);
  connect(exportButton, &QPushButton::clicked, this, &QuarterlyReportWindow::chooseExportFile);
  connect(close, &QPushButton::clicked, this, &QWidget::close);
  connect(m_versions, &QComboBox::activated, this, [this](int index) {
    const int version = m_versions->itemData(index).toInt();
    if (version == m_data.draftVersion && !m_dirty) return;
    if (m_dirty &&
        QMessageBox::question(this, tr("Discard changes?"),
                              tr("Your changes since the last save will be lost. Show version %1?").arg(version)) !=
            QMessageBox::Yes) {
      refreshVersions();
      return;
    }
    load(version);
  });
}

bool QuarterlyReportWindow::load(int version) {
  auto report = loadReportTemplate(m_request.templateName);
  if (!report) {
    QMessageBox::warning(this, tr("Cannot open the report"), report.error().message());
    return false;
  }
  auto prepared = QuarterlyReportService(m_ctx).prepare(m_request, version);
  if (!prepared) {
    QMessageBox::warning(this, tr("Cannot open the report"), prepared.error().message());
    return false;
  }
  m_template = report.value();
  m_data = prepared.value();
  if (version == 0) m_latestVersion = m_data.draftVersion;
  // What the text does not change is worked out once here, not at each keystroke's pause.
  m_firstDraft = generatedTexts(m_data, m_template);
  m_charts = quarterlyCharts(m_data);
  m_texts = draftTexts(m_data, m_firstDraft);
  m_sectionList = sectionsFor(m_template, m_data.plan);
  m_dirty = false;
  setWindowTitle(tr("%1: %2, %3").arg(m_template.title, m_data.figures.groups.join(QStringLiteral(", ")),
                                      m_request.quarter.name()));
  m_current = -1;
  m_sections->clear();
  for (const auto& section : m_sectionList) m_sections->addItem(section.label);
  refreshVersions();
  if (!m_sectionList.empty()) m_sections->setCurrentRow(0);
  refreshPreview();
  updateStatus();
  return true;
}

void QuarterlyReportWindow::showSection(int row) {
  if (row < 0 || row >= static_cast<int>(m_sectionList.size())) return;
  m_current = row;
  const auto& section = m_sectionList[static_cast<size_t>(row)];
  m_sectionTitle->setText(section.label);
  m_editor->setPlainText(m_texts[section.key]);
  m_editor->setReadOnly(readOnly());
  m_generated->setEnabled(!readOnly() && !m_firstDraft.at(section.key).isEmpty());
}

void QuarterlyReportWindow::keepEditorText() {
  if (m_current < 0) return;
  m_texts[m_sectionList[static_cast<size_t>(m_current)].key] = m_editor->toPlainText();
}

void QuarterlyReportWindow::useGeneratedText() {
  if (m_current < 0) return;
  m_editor->setPlainText(m_firstDraft.at(m_sectionList[static_cast<size_t>(m_current)].key));
}

void QuarterlyReportWindow::refreshPreview() {
  auto rendered = renderQuarterlyReport(m_data, m_template, m_texts, m_charts);
  if (!rendered) {
    m_preview->setPlainText(rendered.error().message());
    return;
  }
  // Keep the scroll position: the preview follows typing without jumping to the top.
  const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
  auto document = reportDocument(rendered.value());
  m_preview->setDocument(document.get());
  m_previewDocument = std::move(document);
  m_preview->verticalScrollBar()->setValue(scroll);
}

void QuarterlyReportWindow::refreshVersions() {
  m_versions->clear();
  auto versions = QuarterlyReportService(m_ctx).versions(m_request);
  if (!versions || versions->empty()) {
    m_versions->addItem(tr("First draft (not saved)"), 0);
    return;
  }
  for (const auto& v : versions.value()) {
    m_versions->addItem(tr("%1 (%2, %3)").arg(v.version).arg(v.savedBy, v.savedAt.toString(QStringLiteral("d MMM HH:mm"))),
                        v.version);
  }
  m_versions->setCurrentIndex(std::max(0, m_versions->findData(m_data.draftVersion)));
}

QString QuarterlyReportWindow::statusText() const { return m_status->text(); }

void QuarterlyReportWindow::updateStatus() {
  QString text = m_data.draftVersion == 0 ? tr("First draft, written from the figures; not saved yet.")
                                          : tr("Version %1 of %2.").arg(m_data.draftVersion).arg(m_latestVersion);
  if (m_dirty) text += QLatin1Char(' ') + tr("Unsaved changes.");
  if (readOnly()) text += QLatin1Char(' ') + tr("Read only: you may export the draft but not change it.");
  m_status->setText(text);
  m_save->setEnabled(!readOnly() && (m_dirty || m_data.draftVersion == 0));
}

bool QuarterlyReportWindow::readOnly() const { return !m_ctx.allow(Operation::SaveReportDraft).ok(); }

}  // namespace casebook::gui
