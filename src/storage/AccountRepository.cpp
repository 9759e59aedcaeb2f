#include "AccountRepository.h"

#include "SqlStatement.h"

namespace casebook {

namespace {

constexpr const char* kColumns = "id, name, role, member_id, credential, active, created_at";

Account fromRow(const SqlStatement& q) {
  Account a;
  a.id = q.int64(0);
  a.name = q.text(1);
  a.role = enumFromKey<Role>(q.text(2)).value_or(Role::Viewer);
  a.memberId = q.optionalId<MemberId>(3);
  a.credential = enumFromKey<Credential>(q.text(4)).value_or(Credential::OwnPassphrase);
  a.active = q.boolean(5);
  a.createdAt = QDateTime::fromString(q.text(6), Qt::ISODate);
  return a;
}

}  // namespace

qint64 AccountRepository::insert(const Account& account) {
  SqlStatement q(m_db, "INSERT INTO accounts (name, role, member_id, credential, active, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(account.name).bind(toKey(account.role)).bind(account.memberId).bind(toKey(account.credential));
  q.bind(account.active).bind(account.createdAt.toUTC().toString(Qt::ISODate));
  q.exec();
  return q.lastInsertId();
}

std::optional<Account> AccountRepository::byName(const QString& name) {
  SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM accounts WHERE name = ?").arg(QLatin1String(kColumns)));
  q.bind(name).exec();
  return q.next() ? std::optional<Account>(fromRow(q)) : std::nullopt;
}

std::vector<Account> AccountRepository::all() {
  SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM accounts ORDER BY name").arg(QLatin1String(kColumns)));
  q.exec();
  std::vector<Account> out;
  while (q.next()) out.push_back(fromRow(q));
  return out;
}

void AccountRepository::update(const Account& account) {
  SqlStatement q(m_db, "UPDATE accounts SET role = ?, member_id = ?, credential = ?, active = ? WHERE id = ?");
  q.bind(toKey(account.role)).bind(account.memberId).bind(toKey(account.credential)).bind(account.active);
  q.bind(account.id).exec();
}

qint64 AccountRepository::count() {
  SqlStatement q(m_db, "SELECT count(*) FROM accounts");
  q.exec();
  return q.next() ? q.int64(0) : 0;
}

qint64 AccountRepository::activeAdministrators() {
  SqlStatement q(m_db, "SELECT count(*) FROM accounts WHERE role = 'administrator' AND active = 1");
  q.exec();
  return q.next() ? q.int64(0) : 0;
}

AccessProfile AccountRepository::profileOf(const Account& account) {
  AccessProfile profile;
  profile.role = account.role;
  if (!account.memberId) return profile;
  SqlStatement q(m_db, "SELECT group_id, role FROM memberships WHERE member_id = ?");
  q.bind(*account.memberId).exec();
  while (q.next()) {
    profile.memberOf.insert(q.int64(0));
    const QString role = q.text(1);
    if (role == QLatin1String("chair") || role == QLatin1String("vice_chair")) profile.chairOf.insert(q.int64(0));
  }
  return profile;
}

}  // namespace casebook
