#include "Lookup.h"

#include "CaseRepository.h"
#include "DirectoryRepository.h"
#include "PlanRepository.h"
#include "ServiceContext.h"

namespace casebook {

DirectoryMemo::Scope::Scope(const ServiceContext& ctx) : m_ctx(ctx) {
  if (m_ctx.directoryMemo) return;
  m_own = std::make_unique<DirectoryMemo>();
  m_ctx.directoryMemo = m_own.get();
}

DirectoryMemo::Scope::~Scope() {
  if (m_own) m_ctx.directoryMemo = nullptr;
}

Lookup::Lookup(const ServiceContext& ctx) : m_db(ctx.db), m_memo(ctx.directoryMemo) {}

namespace {

// The memo's answer for `key` when it has one; otherwise find()'s, kept when it succeeded.
template <typename T, typename Find>
Result<T> throughMemo(QHash<QString, T>* kept, const QString& key, Find find) {
  if (kept) {
    if (auto hit = kept->constFind(key); hit != kept->cend()) return *hit;
  }
  Result<T> found = find();
  if (kept && found) kept->insert(key, found.value());
  return found;
}

// A code the directory does not hold, with the codes it does and how to add one.
Error unknownCode(const QString& field, const QString& kind, const QString& code, const QStringList& known) {
  return Error::invalid(field, QStringLiteral("there is no %1 '%2'").arg(kind, code),
                        QStringLiteral("Use one of: %1 (or add it with '%2 add')").arg(known.join(QStringLiteral(", ")), kind));
}

}  // namespace

Result<Group> Lookup::group(const QString& code, const QString& field) {
  return throughMemo(m_memo ? &m_memo->groups : nullptr, code, [&]() -> Result<Group> {
    DirectoryRepository repo(m_db);
    if (auto g = repo.groupByCode(code)) return *g;
    QStringList known;
    for (const auto& entry : repo.groups()) known << entry.group.code;
    return unknownCode(field, QStringLiteral("group"), code, known);
  });
}

Result<AreaId> Lookup::area(const QString& code, const QString& field) {
  return throughMemo(m_memo ? &m_memo->areas : nullptr, code, [&]() -> Result<AreaId> {
    DirectoryRepository repo(m_db);
    if (auto a = repo.areaByCode(code)) return a->id;
    QStringList known;
    for (const auto& a : repo.areas()) known << a.code;
    return unknownCode(field, QStringLiteral("area"), code, known);
  });
}

Result<AgencyId> Lookup::agency(const QString& code, const QString& field) {
  return throughMemo(m_memo ? &m_memo->agencies : nullptr, code, [&]() -> Result<AgencyId> {
    DirectoryRepository repo(m_db);
    if (auto a = repo.agencyByCode(code)) return a->id;
    QStringList known;
    for (const auto& a : repo.agencies()) known << a.code;
    return unknownCode(field, QStringLiteral("agency"), code, known);
  });
}

Result<MemberId> Lookup::member(const QString& text, const QString& field) {
  return throughMemo(m_memo ? &m_memo->members : nullptr, text, [&] { return findMember(text, field); });
}

Result<MemberId> Lookup::findMember(const QString& text, const QString& field) {
  DirectoryRepository repo(m_db);
  QString trimmed = text.trimmed();
  if (trimmed.startsWith(QLatin1Char('#'))) trimmed.remove(0, 1);
  bool isNumber = false;
  const qint64 id = trimmed.toLongLong(&isNumber);
  if (isNumber) {
    if (repo.memberById(MemberId(id))) return MemberId(id);
    return Error::invalid(field, QStringLiteral("there is no member #%1").arg(id),
                          QStringLiteral("List members with 'casebook-cli member list'"));
  }
  const auto named = repo.membersNamed(trimmed);
  if (named.size() == 1) return named.front().id;
  if (named.empty()) {
    return Error::invalid(field, QStringLiteral("no member is called '%1'").arg(trimmed),
                          QStringLiteral("Give the exact name or #id; add them with 'member add'"));
  }
  return Error::invalid(field, QStringLiteral("%1 members are called '%2'").arg(named.size()).arg(trimmed),
                        QStringLiteral("Give the member's #id instead"));
}

Result<CaseId> Lookup::caseByReference(const QString& reference, const QString& field) {
  if (auto id = CaseRepository(m_db).idByReference(reference)) return *id;
  return Error::notFound(field, QStringLiteral("there is no case '%1'").arg(reference.trimmed()),
                         QStringLiteral("Check the reference, e.g. YJAG-2024-017, or find it with 'search'"));
}

// A theme's code from its code or its label ("Domestic abuse"), as trackers write it;
// empty when there is no such theme.
QString Lookup::themeCode(DirectoryRepository& repo, const QString& written) {
  if (m_memo) {
    if (auto kept = m_memo->themes.constFind(written); kept != m_memo->themes.cend()) return *kept;
  }
  QString code;
  if (auto theme = repo.themeByCode(written.toLower())) {
    code = theme->code;
  } else {
    for (const auto& t : repo.themes()) {
      if (t.label.compare(written, Qt::CaseInsensitive) == 0) {
        code = t.code;
        break;
      }
    }
  }
  if (m_memo && !code.isEmpty()) m_memo->themes.insert(written, code);
  return code;
}

Result<QStringList> Lookup::themes(const QStringList& codes, const QString& field) {
  DirectoryRepository repo(m_db);
  QStringList result;
  for (const auto& raw : codes) {
    const QString written = raw.trimmed();
    if (written.isEmpty()) continue;
    if (const QString code = themeCode(repo, written); !code.isEmpty()) {
      if (!result.contains(code)) result << code;
      continue;
    }
    QStringList known;
    for (const auto& theme : repo.themes()) known << theme.code;
    return Error::invalid(field, QStringLiteral("there is no theme '%1'").arg(written),
                          QStringLiteral("Use one of: %1").arg(known.join(QStringLiteral(", "))));
  }
  return result;
}

Result<std::optional<PriorityId>> Lookup::priority(const QString& code, const QDate& day) {
  if (code.trimmed().isEmpty()) return std::optional<PriorityId>();
  const auto plan = PlanRepository(m_db).current(day);
  if (!plan) {
    return Error::invalid(QStringLiteral("priority"), QStringLiteral("there is no CSP plan yet"),
                          QStringLiteral("Add the plan first with 'casebook-cli plan add'"));
  }
  QStringList known;
  for (const auto& theme : plan->themes) {
    for (const auto& p : theme.priorities) {
      if (p.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0) return std::optional<PriorityId>(p.id);
      known << p.code;
    }
  }
  return Error::invalid(QStringLiteral("priority"), QStringLiteral("'%1' is not a priority of %2").arg(code.trimmed(), plan->title),
                        QStringLiteral("Use one of: %1").arg(known.join(QStringLiteral(", "))));
}

Result<std::optional<AreaId>> Lookup::optionalArea(const QString& code) {
  if (code.trimmed().isEmpty()) return std::optional<AreaId>();
  auto found = area(code);
  if (!found) return found.error();
  return std::optional<AreaId>(found.value());
}

Result<std::optional<AgencyId>> Lookup::optionalAgency(const QString& code, const QString& field) {
  if (code.trimmed().isEmpty()) return std::optional<AgencyId>();
  auto found = agency(code, field);
  if (!found) return found.error();
  return std::optional<AgencyId>(found.value());
}

Result<std::optional<MemberId>> Lookup::optionalMember(const QString& text, const QString& field) {
  if (text.trimmed().isEmpty()) return std::optional<MemberId>();
  auto found = member(text, field);
  if (!found) return found.error();
  return std::optional<MemberId>(found.value());
}

}  // namespace casebook
