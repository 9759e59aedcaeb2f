#include "QuarterlyReportService.h"

#include "Database.h"
#include "DirectoryRepository.h"
#include "IdentifierRepository.h"
#include "Log.h"
#include "PerformanceDataService.h"
#include "PlanRepository.h"
#include "ReportDraftRepository.h"
#include "ReportGroups.h"
#include "SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace casebook {

namespace {

const QString kSuppressKey = QStringLiteral("report.suppress_below");
const QString kOrganisationKey = QStringLiteral("report.organisation");
constexpr int kDefaultSuppressBelow = 5;

QString groupsKey(QStringList codes) {
  codes.sort();
  return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
}

// By its first day: 2024Q4 and 2024/25 Q3 are the same three months and so the same draft.
QString draftQuarterKey(const Quarter& quarter) { return quarter.firstDay().toString(Qt::ISODate); }

QString sectionsJson(const std::map<QString, QString>& texts) {
  QJsonObject object;
  for (const auto& [key, text] : texts) object.insert(key, text);
  return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::map<QString, QString> sectionsFrom(const QString& json) {
  std::map<QString, QString> texts;
  const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
  for (auto it = object.begin(); it != object.end(); ++it) texts[it.key()] = it.value().toString();
  return texts;
}

Status checkSuppressBelow(int suppressBelow) {
  if (suppressBelow < 0 || suppressBelow > 100) {
    return Error::invalid(QStringLiteral("suppress below"), QStringLiteral("%1 is out of range").arg(suppressBelow),
                          QStringLiteral("Give a number from 0 (no suppression) to 100; the default is 5"));
  }
  return {};
}

Status checkRequest(const ReportRequest& request) {
  if (request.templateName.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("template"), QStringLiteral("no template named"),
                          QStringLiteral("Name one: csp or jag-narrative, or a template of your own"));
  }
  if (request.suppressBelow) return checkSuppressBelow(*request.suppressBelow);
  return {};
}

// A stored value that does not read as a threshold (edited by hand, damaged) falls back to
// the default rather than to 0, which would show every small count.
ReportSettings readSettings(Database& db) {
  SettingsRepository settings(db);
  ReportSettings result;
  bool ok = false;
  const int stored = settings.get(kSuppressKey).value_or(QString()).toInt(&ok);
  result.suppressBelow = ok && checkSuppressBelow(stored) ? stored : kDefaultSuppressBelow;
  result.organisation = settings.get(kOrganisationKey).value_or(QStringLiteral("Community Safety Partnership"));
  return result;
}

QString identifierKind(IdentifierRepository::Kind kind) {
  switch (kind) {
    case IdentifierRepository::Kind::Name:
      return QStringLiteral("a subject's name");
    case IdentifierRepository::Kind::Alias:
      return QStringLiteral("a subject's alias");
    case IdentifierRepository::Kind::Address:
      return QStringLiteral("a subject's address");
    case IdentifierRepository::Kind::DateOfBirth:
      return QStringLiteral("a subject's date of birth");
    case IdentifierRepository::Kind::CaseReference:
      return QStringLiteral("a case reference");
  }
  return QStringLiteral("an identifier");
}

// The forms a value is looked for in. An address is looked for whole and by its first line
// and postcode-like part, as a report would quote them; a date of birth in the ways people
// write dates.
QStringList searchForms(const IdentifierRepository::Identifier& id) {
  using Kind = IdentifierRepository::Kind;
  if (id.kind == Kind::DateOfBirth) {
    const QDate day = QDate::fromString(id.text, Qt::ISODate);
    if (!day.isValid()) return {id.text};
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return {id.text, day.toString(QStringLiteral("dd/MM/yyyy")), day.toString(QStringLiteral("d/M/yyyy")),
            english.toString(day, QStringLiteral("d MMMM yyyy")), english.toString(day, QStringLiteral("d MMM yyyy"))};
  }
  if (id.kind == Kind::Address) {
    QStringList forms{id.text};
    const QStringList parts = id.text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.size() > 1) {
      forms << parts.first().trimmed();
      for (const QString& part : parts.mid(1)) {
        // A town alone names no one; a part with a number in it (a postcode, a flat) may.
        if (std::any_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); })) forms << part.trimmed();
      }
    }
    return forms;
  }
  if (id.kind == Kind::Name && id.person) {
    // As people write a name: "Pickwick, Blair", "Blair Pickwick" without the middle name,
    // "B Pickwick", "Ms Pickwick". A surname alone is not looked for: too many are words.
    const QStringList words = normalisedWords(id.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 2) {
      const QString& first = words.first();
      const QString& last = words.last();
      QStringList forms{id.text, last + QLatin1Char(' ') + first, first + QLatin1Char(' ') + last,
                        first.left(1) + QLatin1Char(' ') + last};
      for (const char* title : {"mr", "mrs", "ms", "miss", "mx", "dr"}) forms << QString::fromLatin1(title) + QLatin1Char(' ') + last;
      return forms;
    }
  }
  return {id.text};
}

// Link addresses hide a name as Blair%20Pickwick.
QString decoded(const QString& text) { return QUrl::fromPercentEncoding(text.toUtf8()); }

}  // namespace

Result<QuarterlyReportData> QuarterlyReportService::prepare(const ReportRequest& request, int version) {
  if (auto valid = checkRequest(request); !valid) return valid.error();
  return m_ctx.db.read([&]() -> Result<QuarterlyReportData> {
    QuarterlyReportData data;
    data.request = request;
    // The chosen quarter, the one before and a year before, and the five quarters the trend
    // chart shows: five quarters, each counted once.
    auto series = FiguresService(m_ctx).series(request.quarter, request.groups, 5);
    if (!series) return series.error();
    data.figures = series->comparison;
    data.trend = series->quarters;

    auto performance = PerformanceDataService(m_ctx).table(request.quarter);
    if (!performance) return performance.error();
    data.performance = performance->rows;
    data.plan = PlanRepository(m_ctx.db).current(request.quarter.lastDay());
    const ReportSettings settings = readSettings(m_ctx.db);
    // Showing smaller counts than the partnership agreed is an administrator's decision;
    // anyone may suppress more.
    if (request.suppressBelow && *request.suppressBelow < settings.suppressBelow &&
        !m_ctx.allow(Operation::ManageVault).ok()) {
      return Error::denied(QStringLiteral("only an administrator may show counts below %1 (the vault's setting); "
                                          "%2 was asked for")
                               .arg(settings.suppressBelow)
                               .arg(*request.suppressBelow));
    }
    data.disclosure.suppressBelow = request.suppressBelow.value_or(settings.suppressBelow);
    data.organisation = settings.organisation;
    DirectoryRepository directory(m_ctx.db);
    for (const auto& agency : directory.agencies()) data.agencyNames[agency.code] = agency.name;
    for (const auto& theme : directory.themes()) data.themeLabels[theme.code] = theme.label;
    data.author = m_ctx.actor.userName;
    data.date = m_ctx.clock.today();

    ReportDraftRepository drafts(m_ctx.db);
    const auto draftId = drafts.find(request.templateName, draftQuarterKey(request.quarter), groupsKey(data.figures.groups));
    if (draftId) {
      const auto saved = drafts.version(*draftId, version);
      if (!saved && version != 0) {
        return Error::notFound(QStringLiteral("version"), QStringLiteral("this draft has no version %1").arg(version),
                               QStringLiteral("List the versions with 'report versions'"));
      }
      if (saved) {
        data.texts = sectionsFrom(saved->sectionsJson);
        data.draftVersion = saved->version;
      }
    } else if (version != 0) {
      return Error::notFound(QStringLiteral("version"), QStringLiteral("no draft of this report has been saved yet"),
                             QStringLiteral("Save a draft first, or leave the version out"));
    }
    return data;
  });
}

Result<QStringList> QuarterlyReportService::resolvedGroups(const ReportRequest& request) {
  auto groups = reportGroups(m_ctx, request.groups);
  if (!groups) return groups.error();
  QStringList codes;
  for (const auto& g : groups.value()) codes << g.code;
  return codes;
}

Result<std::vector<DraftVersionInfo>> QuarterlyReportService::versions(const ReportRequest& request) {
  if (auto valid = checkRequest(request); !valid) return valid.error();
  return m_ctx.db.read([&]() -> Result<std::vector<DraftVersionInfo>> {
    auto codes = resolvedGroups(request);
    if (!codes) return codes.error();
    std::vector<DraftVersionInfo> result;
    ReportDraftRepository drafts(m_ctx.db);
    const auto draftId = drafts.find(request.templateName, draftQuarterKey(request.quarter), groupsKey(codes.value()));
    if (!draftId) return result;
    for (const auto& v : drafts.versions(*draftId)) result.push_back({v.version, v.savedBy, v.savedAt});
    return result;
  });
}

Result<int> QuarterlyReportService::saveDraft(const ReportRequest& request, const std::map<QString, QString>& texts,
                                              int basedOn) {
  if (auto valid = checkRequest(request); !valid) return valid.error();
  if (auto allowed = m_ctx.allow(Operation::SaveReportDraft); !allowed) return allowed.error();
  return m_ctx.db.write([&]() -> Result<int> {
    auto codes = resolvedGroups(request);
    if (!codes) return codes.error();
    const QString key = groupsKey(codes.value());
    ReportDraftRepository drafts(m_ctx.db);
    auto draftId = drafts.find(request.templateName, draftQuarterKey(request.quarter), key);
    if (!draftId) {
      draftId = drafts.create(request.templateName, draftQuarterKey(request.quarter), key, m_ctx.actor.userName, m_ctx.clock.now());
    }
    if (const auto latest = drafts.version(*draftId, 0); latest && latest->version != basedOn) {
      return Error::conflict(QStringLiteral("draft"),
                             QStringLiteral("%1 saved version %2 at %3 while you were editing version %4")
                                 .arg(latest->savedBy)
                                 .arg(latest->version)
                                 .arg(latest->savedAt.toString(QStringLiteral("HH:mm")))
                                 .arg(basedOn),
                             QStringLiteral("Copy your changes, open the newest version and apply them to it"));
    }
    const int version = drafts.addVersion(*draftId, sectionsJson(texts), m_ctx.actor.userName, m_ctx.clock.now());
    m_ctx.audit(AuditEvent::ChangeReport, std::nullopt, QString(),
                QStringLiteral("report draft %1 %2 %3: version %4")
                    .arg(request.templateName, request.quarter.name(), codes->join(QLatin1Char(' ')))
                    .arg(version));
    return version;
  });
}

Status QuarterlyReportService::checkDisclosure(const std::vector<ReportParagraph>& paragraphs) {
  QString whole;
  for (const auto& p : paragraphs) whole += p.section + QLatin1Char('\n') + decoded(p.text) + QLatin1Char('\n');
  const ReportWords words(whole);
  QStringList hits;
  int hitCount = 0;
  auto scanned = m_ctx.db.read([&]() -> Status {
    IdentifierRepository(m_ctx.db).forEach([&](const IdentifierRepository::Identifier& id) {
      for (const QString& form : searchForms(id)) {
        if (!words.contains(form)) continue;
        ++hitCount;
        if (hits.size() >= 5) return;
        // Only now is each paragraph looked at: hits are rare and the report is short.
        for (const auto& p : paragraphs) {
          if (!ReportWords(p.section + QLatin1Char('\n') + decoded(p.text)).contains(form)) continue;
          // The reference only for those who may see its group: a report's author may have
          // typed the name of someone whose case belongs to a group they do not reach.
          const bool visible = !id.caseReference.isEmpty() && m_ctx.allow(Operation::ViewCase, GroupId(id.groupId)).ok();
          const QString which = visible ? QStringLiteral("case %1").arg(id.caseReference)
                                        : QStringLiteral("a case you cannot open");
          hits << QStringLiteral("%1 (%2) in \"%3\", paragraph %4").arg(identifierKind(id.kind), which, p.section).arg(p.number);
          break;
        }
        return;
      }
    });
    return {};
  });
  if (!scanned) return scanned;
  if (hitCount == 0) return {};
  // The log says that an export was refused, never what matched.
  log::services()->warn("report export refused: {} identifier hits", hitCount);
  return Error::invalid(QStringLiteral("report"),
                        QStringLiteral("the report identifies %1 (%2 in all): %3")
                            .arg(hitCount == 1 ? QStringLiteral("a subject") : QStringLiteral("subjects"))
                            .arg(hitCount)
                            .arg(hits.join(QStringLiteral("; "))),
                        QStringLiteral("Remove the name, address, date of birth or reference from the draft and "
                                       "export again; nothing was written"));
}

Status QuarterlyReportService::recordExport(const QuarterlyReportData& data, const QString& format) {
  return m_ctx.db.write([&]() -> Status {
    m_ctx.audit(AuditEvent::ExportReport, std::nullopt, QString(),
                QStringLiteral("report %1 %2 %3 as %4 (%5; counts below %6 suppressed)")
                    .arg(data.request.templateName, data.request.quarter.name(),
                         data.figures.groups.join(QLatin1Char(' ')), format,
                         data.draftVersion == 0 ? QStringLiteral("first draft")
                                                : QStringLiteral("version %1").arg(data.draftVersion))
                    .arg(data.disclosure.suppressBelow));
    return {};
  });
}

Result<ReportSettings> QuarterlyReportService::reportSettings() {
  return m_ctx.db.read([&]() -> Result<ReportSettings> { return readSettings(m_ctx.db); });
}

Status QuarterlyReportService::setReportSettings(std::optional<int> suppressBelow,
                                                 std::optional<QString> organisation) {
  if (!m_ctx.allow(Operation::ManageVault).ok()) {
    return Error::denied(QStringLiteral("only an administrator may change the vault's report settings"));
  }
  if (suppressBelow) {
    if (auto valid = checkSuppressBelow(*suppressBelow); !valid) return valid;
  }
  if (organisation && organisation->trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("organisation"), QStringLiteral("is empty"),
                          QStringLiteral("Give the partnership's name as reports should show it"));
  }
  return m_ctx.db.write([&]() -> Status {
    SettingsRepository settings(m_ctx.db);
    QStringList changed;
    if (suppressBelow) {
      settings.set(kSuppressKey, QString::number(*suppressBelow));
      changed << QStringLiteral("counts below %1 suppressed").arg(*suppressBelow);
    }
    if (organisation) {
      settings.set(kOrganisationKey, organisation->trimmed());
      changed << QStringLiteral("organisation changed");
    }
    if (!changed.isEmpty()) {
      m_ctx.audit(AuditEvent::ChangeReport, std::nullopt, QString(),
                  QStringLiteral("report settings: %1").arg(changed.join(QStringLiteral(", "))));
    }
    return {};
  });
}

}  // namespace casebook
