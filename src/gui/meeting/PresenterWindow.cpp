#include "PresenterWindow.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casebook::gui {

PresenterWindow::PresenterWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
  setWindowTitle(tr("Casebook presenter view: safe to share"));
  m_heading = new QLabel(this);
  QFont big = m_heading->font();
  big.setPointSizeF(big.pointSizeF() * 1.4);
  big.setBold(true);
  m_heading->setFont(big);
  m_clocks = new QLabel(this);
  m_clocks->setFont(big);
  m_clocks->setAccessibleName(tr("Clocks"));
  m_agenda = new QListWidget(this);
  m_agenda->setAccessibleName(tr("Agenda"));
  m_agenda->setFocusPolicy(Qt::NoFocus);
  m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
  m_agenda->setMaximumWidth(420);
  QFont listFont = m_agenda->font();
  listFont.setPointSizeF(listFont.pointSizeF() * 1.15);
  m_agenda->setFont(listFont);
  m_item = new QTextBrowser(this);
  m_item->setAccessibleName(tr("Current item"));
  m_item->setFont(listFont);
  m_showText = new QCheckBox(tr("Show the wording of actions"), this);
  m_showText->setToolTip(tr("Action wording is free text and may name people: show it only when the room may see it"));
  connect(m_showText, &QCheckBox::toggled, this, &PresenterWindow::render);

  auto* top = new QHBoxLayout;
  top->addWidget(m_heading, 1);
  top->addWidget(m_clocks);
  auto* body = new QHBoxLayout;
  body->addWidget(m_agenda, 2);
  body->addWidget(m_item, 3);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addLayout(body, 1);
  layout->addWidget(m_showText);
  resize(1100, 650);
}

void PresenterWindow::setMeetingTitle(const QString& title) { m_heading->setText(title); }

void PresenterWindow::setAgenda(const QStringList& titles, int current) {
  m_agenda->clear();
  m_agenda->addItems(titles);
  if (current >= 0 && current < m_agenda->count()) {
    m_agenda->setCurrentRow(current);
    QFont bold = m_agenda->item(current)->font();
    bold.setBold(true);
    m_agenda->item(current)->setFont(bold);
  }
}

void PresenterWindow::showItem(const QString& title, const MaskedCase* masked, const QString& riskBefore,
                               const QString& riskAfter) {
  m_riskBefore = riskBefore;
  // Showing one case's action wording is not consent to show the next one's.
  if (title != m_title) {
    const QSignalBlocker block(m_showText);
    m_showText->setChecked(false);
  }
  m_title = title;
  m_case = masked ? std::optional<MaskedCase>(*masked) : std::nullopt;
  m_riskAfter = riskAfter;
  render();
}

void PresenterWindow::setClocks(const QString& meeting, const QString& item) {
  m_clocks->setText(tr("Item %1 · Meeting %2").arg(item, meeting));
}

void PresenterWindow::render() {
  auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
  QString html = QStringLiteral("<h2>%1</h2>").arg(esc(m_title));
  if (m_case) {
    const MaskedCase& c = *m_case;
    html += QStringLiteral("<table cellpadding='3'>");
    auto row = [&](const QString& label, const QString& value) {
      if (!value.isEmpty()) html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, esc(value));
    };
    row(tr("Case"), QStringLiteral("%1 (%2)").arg(c.reference, c.initials));
    row(tr("Age"), c.age);
    row(tr("Group"), c.group);
    row(tr("Area"), c.area);
    row(tr("Lead agency"), c.leadAgency);
    row(tr("Risk"), m_riskAfter.isEmpty() ? c.risk
                                          : tr("%1, re-scored in this meeting to %2")
                                                .arg(m_riskBefore.isEmpty() ? c.risk : m_riskBefore, m_riskAfter));
    row(tr("Next review"), c.nextReview);
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Open actions"));
    if (c.openActions.empty()) html += QStringLiteral("<p>%1</p>").arg(tr("None."));
    html += QStringLiteral("<ol>");
    for (const auto& a : c.openActions) {
      const QString text = m_showText->isChecked() ? esc(a.text) + QStringLiteral("<br>") : QString();
      html += QStringLiteral("<li>%1<i>%2, due %3: %4</i></li>").arg(text, esc(a.owner), a.due, esc(a.status));
    }
    html += QStringLiteral("</ol>");
  }
  m_item->setHtml(html);
}

}  // namespace casebook::gui
