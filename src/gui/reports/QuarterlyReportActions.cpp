// Saving and exporting the quarterly report window's draft: the two things it writes.
#include "Narrative.h"
#include "QuarterlyExport.h"
#include "QuarterlyReportWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>

namespace casebook::gui {

bool QuarterlyReportWindow::save() {
  keepEditorText();
  const auto written = writtenSections(m_firstDraft, m_texts);
  auto saved = QuarterlyReportService(m_ctx).saveDraft(m_request, written, m_latestVersion);
  if (!saved) {
    if (saved.error().kind == Error::Kind::Conflict) {
      // Someone saved meanwhile: list their version, so it can be opened after copying ours.
      refreshVersions();
      QMessageBox::warning(this, tr("Draft not saved"),
                           tr("%1\n\nYour text is still here. Copy what you changed, then choose the newest "
                              "version in the Version list and apply your changes to it.")
                               .arg(saved.error().message()));
      return false;
    }
    QMessageBox::warning(this, tr("Draft not saved"), saved.error().message());
    return false;
  }
  m_latestVersion = saved.value();
  m_data.draftVersion = saved.value();
  m_data.texts = written;
  m_dirty = false;
  refreshVersions();
  updateStatus();
  return true;
}

bool QuarterlyReportWindow::exportTo(const QString& path) {
  const auto format = reportFormatNamed(QFileInfo(path).suffix());
  if (!format) {
    QMessageBox::warning(this, tr("Not exported"), tr("Choose a file ending .pdf, .odt, .html or .md."));
    return false;
  }
  // What is exported is a saved version, so the audit trail can say which wording left.
  if (m_dirty && !save()) return false;
  auto exported = exportQuarterlyReport(m_ctx, m_request, *format, path, m_data.draftVersion);
  if (!exported) {
    QMessageBox::warning(this, tr("Not exported"), exported.error().message());
    return false;
  }
  m_status->setText(tr("Exported %1.").arg(QFileInfo(path).fileName()));
  return true;
}

void QuarterlyReportWindow::chooseExportFile() {
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  QString name = QStringLiteral("%1 %2 %3.pdf")
                     .arg(m_template.name, m_data.figures.groups.join(QLatin1Char('-')), m_request.quarter.name());
  name.replace(QLatin1Char('/'), QLatin1Char('-'));
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export the report"), QDir(folder).filePath(name),
      tr("PDF (*.pdf);;OpenDocument text, for Word and LibreOffice (*.odt);;Web page (*.html);;Markdown (*.md)"));
  if (!path.isEmpty()) exportTo(path);
}

void QuarterlyReportWindow::closeEvent(QCloseEvent* event) {
  if (!m_dirty) {
    event->accept();
    return;
  }
  const auto answer = QMessageBox::question(this, tr("Save the draft?"), tr("Save your changes as a new version?"),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
  if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
    event->ignore();
    return;
  }
  event->accept();
}

}  // namespace casebook::gui
