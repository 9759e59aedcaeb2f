#pragma once

#include "QuarterlyReport.h"

#include <QWidget>

#include <map>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTextDocument;
class QTimer;

namespace casebook::gui {

// The quarterly CSP report draft (issue 7, docs/reports.md): its sections on the left, the
// chosen one's wording in the middle (Markdown), the report as it will print on the right.
// Saving makes a new version; export saves first, then checks the report for identifiers.
class QuarterlyReportWindow final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(QuarterlyReportWindow)

 public:
  QuarterlyReportWindow(ServiceContext& ctx, ReportRequest request, QWidget* parent = nullptr);
  ~QuarterlyReportWindow() override;

  // For tests and the screenshot scenes.
  bool load(int version = 0);
  bool save();
  bool exportTo(const QString& path);
  QListWidget* sectionList() const { return m_sections; }
  QPlainTextEdit* editor() const { return m_editor; }
  QTextBrowser* preview() const { return m_preview; }
  QComboBox* versionPicker() const { return m_versions; }
  QString statusText() const;
  bool isDirty() const { return m_dirty; }
  const std::map<QString, QString>& texts() const { return m_texts; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildLayout();
  void showSection(int row);
  void keepEditorText();
  void useGeneratedText();
  void refreshPreview();
  void refreshVersions();
  void chooseExportFile();
  void updateStatus();
  bool readOnly() const;  // who may not save a draft (viewers) still reads and exports it

  ServiceContext& m_ctx;
  ReportRequest m_request;
  ReportTemplate m_template;
  QuarterlyReportData m_data;
  std::vector<TemplateSection> m_sectionList;
  std::map<QString, QString> m_texts;
  std::map<QString, QString> m_firstDraft;  // the generated wording of every section
  std::map<QString, QImage> m_charts;
  int m_latestVersion = 0;  // the newest saved, which a save must follow
  bool m_dirty = false;
  int m_current = -1;

  QListWidget* m_sections = nullptr;
  QPlainTextEdit* m_editor = nullptr;
  QTextBrowser* m_preview = nullptr;
  std::unique_ptr<QTextDocument> m_previewDocument;
  QComboBox* m_versions = nullptr;
  QLabel* m_status = nullptr;
  QLabel* m_sectionTitle = nullptr;
  QPushButton* m_generated = nullptr;
  QPushButton* m_save = nullptr;
  QTimer* m_previewTimer = nullptr;
};

}  // namespace casebook::gui
