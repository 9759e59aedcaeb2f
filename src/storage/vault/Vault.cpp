#include "Vault.h"

#include "Log.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace casebook::vault {

namespace {

constexpr char kKeyMagic[8] = {'C', 'B', 'V', 'A', 'U', 'L', 'T', '\0'};
constexpr quint16 kFormat = 1;
constexpr quint8 kArgon2id = 2;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
// magic, format, algorithm, reserved, passes, memory, salt: what the wrapped keys are bound to.
constexpr int kBoundBytes = 8 + 2 + 1 + 1 + 8 + 8 + kSaltBytes;
constexpr int kKeyFileBytes = kBoundBytes + 2 * kWrappedKeySize;
// After the two wraps, optionally: a count (u16) and the accounts' key slots, each the
// account's id (a keyed hash of its name, so the file names no one), its own salt, and the
// data key wrapped under its passphrase.
constexpr int kSlotIdBytes = 32;
constexpr int kSlotBytes = kSlotIdBytes + kSaltBytes + kWrappedKeySize;
constexpr int kMaxSlots = 1000;

QString keyFilePath(const QString& folder) { return QDir(folder).filePath(QStringLiteral("vault.key")); }

QByteArray boundHeader(const KdfParams& params, const QByteArray& salt) {
  QByteArray out(kBoundBytes, '\0');
  char* at = out.data();
  std::memcpy(at, kKeyMagic, 8);
  qToLittleEndian<quint16>(kFormat, at + 8);
  at[10] = static_cast<char>(kArgon2id);
  qToLittleEndian<quint64>(params.opsLimit, at + 12);
  qToLittleEndian<quint64>(params.memLimit, at + 20);
  std::memcpy(at + 28, salt.constData(), kSaltBytes);
  return out;
}

struct Slot {
  QByteArray id;
  QByteArray salt;
  QByteArray wrapped;
  QByteArray associated(const QByteArray& bound) const { return bound + id + salt; }
};

struct KeyFile {
  KdfParams params;
  QByteArray salt;
  QByteArray bound;
  QByteArray byPassphrase;
  QByteArray byRecovery;
  std::vector<Slot> slots;

  QByteArray bytes() const {
    QByteArray out = bound + byPassphrase + byRecovery;
    if (slots.empty()) return out;
    char count[2];
    qToLittleEndian<quint16>(static_cast<quint16>(slots.size()), count);
    out.append(count, 2);
    for (const Slot& slot : slots) out += slot.id + slot.salt + slot.wrapped;
    return out;
  }
  const Slot* slot(const QByteArray& id) const {
    for (const Slot& s : slots) {
      if (s.id == id) return &s;
    }
    return nullptr;
  }
};

// The account's slot id: its name, case-folded, hashed under the vault's salt.
QByteArray slotId(const QByteArray& vaultSalt, const QString& account) {
  const QByteArray name = account.trimmed().toCaseFolded().toUtf8();
  QByteArray id(kSlotIdBytes, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), kSlotIdBytes,
                     reinterpret_cast<const unsigned char*>(name.constData()), static_cast<unsigned long long>(name.size()),
                     reinterpret_cast<const unsigned char*>(vaultSalt.constData()), static_cast<size_t>(vaultSalt.size()));
  return id;
}

// Every field is checked before it is used: above all the Argon2id cost, before any memory
// is asked for.
Result<KeyFile> parseKeyFile(const QByteArray& bytes) {
  const Error damaged = Error::storage(QStringLiteral("the vault's key file is damaged or not Casebook's"),
                                       QStringLiteral("Restore a backup of the vault"));
  if (bytes.size() < kKeyFileBytes || std::memcmp(bytes.constData(), kKeyMagic, 8) != 0) return damaged;
  if (qFromLittleEndian<quint16>(bytes.constData() + 8) != kFormat) {
    return Error::conflict(QStringLiteral("vault"), QStringLiteral("the vault was made by a newer Casebook"),
                           QStringLiteral("Update Casebook to open it"));
  }
  if (static_cast<quint8>(bytes[10]) != kArgon2id) return damaged;
  KeyFile key;
  key.params.opsLimit = qFromLittleEndian<quint64>(bytes.constData() + 12);
  key.params.memLimit = qFromLittleEndian<quint64>(bytes.constData() + 20);
  if (auto ok = key.params.check(); !ok) return ok.error();
  key.salt = bytes.mid(28, kSaltBytes);
  key.bound = bytes.left(kBoundBytes);
  key.byPassphrase = bytes.mid(kBoundBytes, kWrappedKeySize);
  key.byRecovery = bytes.mid(kBoundBytes + kWrappedKeySize, kWrappedKeySize);
  if (bytes.size() == kKeyFileBytes) return key;
  if (bytes.size() < kKeyFileBytes + 2) return damaged;
  const int count = qFromLittleEndian<quint16>(bytes.constData() + kKeyFileBytes);
  if (count == 0 || count > kMaxSlots || bytes.size() != kKeyFileBytes + 2 + count * kSlotBytes) return damaged;
  for (int i = 0; i < count; ++i) {
    const int at = kKeyFileBytes + 2 + i * kSlotBytes;
    key.slots.push_back({bytes.mid(at, kSlotIdBytes), bytes.mid(at + kSlotIdBytes, kSaltBytes),
                         bytes.mid(at + kSlotIdBytes + kSaltBytes, kWrappedKeySize)});
  }
  return key;
}

Result<KeyFile> readKeyFile(const QString& folder) {
  QFile file(keyFilePath(folder));
  if (!file.exists()) {
    return Error::notFound(QStringLiteral("vault"), QStringLiteral("%1 is not a Casebook vault (no vault.key)").arg(folder),
                           QStringLiteral("Choose the vault folder, or create one"));
  }
  if (!file.open(QIODevice::ReadOnly)) {
    return Error::storage(QStringLiteral("cannot read %1").arg(file.fileName()), QStringLiteral("Check the permissions"));
  }
  return parseKeyFile(file.read(kKeyFileBytes + 2 + kMaxSlots * kSlotBytes + 1));
}

// A short passphrase is refused here as when the vault was made.
Status checkNewPassphrase(const QByteArray& passphrase) {
  if (passphrase.size() >= 12) return {};
  return Error::invalid(QStringLiteral("passphrase"), QStringLiteral("the passphrase is shorter than 12 characters"),
                        QStringLiteral("Use a few unrelated words, e.g. 'harbour lantern tulip'"));
}

// One writer at a time: an exclusive lock held for as long as the vault is open.
Result<int> takeLock(const QString& folder) {
  const QString path = QDir(folder).filePath(QStringLiteral("lock"));
  const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return Error::storage(QStringLiteral("cannot create the vault's lock file"), QString());
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    return Error::conflict(QStringLiteral("vault"), QStringLiteral("the vault is open in another Casebook window or command"),
                           QStringLiteral("Close it there first; only one program may change a vault at a time"));
  }
  return fd;
}

}  // namespace

Vault::Vault(QString folder, SecretKey key, int lockFd)
    : m_folder(std::move(folder)), m_key(std::move(key)), m_lockFd(lockFd) {}

Vault::~Vault() {
  m_journal.reset();
  if (m_lockFd >= 0) ::close(m_lockFd);  // releases the lock
}

Status Vault::checkKeyFile(const QByteArray& bytes) {
  auto parsed = parseKeyFile(bytes);
  if (!parsed) return parsed.error();
  return {};
}

bool Vault::isVault(const QString& folder) { return QFile::exists(keyFilePath(folder)); }

Status Vault::copyNewest(const QString& from, const QString& to) {
  if (!isVault(from)) {
    return Error::notFound(QStringLiteral("vault"), QStringLiteral("%1 is not a Casebook vault").arg(from),
                           QStringLiteral("Name the folder that holds vault.key"));
  }
  QDir target(to);
  if (target.exists() && !target.isEmpty()) {
    return Error::conflict(QStringLiteral("folder"), QStringLiteral("%1 is not empty").arg(to),
                           QStringLiteral("Choose a new folder; nothing is ever overwritten"));
  }
  if (!QDir().mkpath(to) || !QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
    return Error::storage(QStringLiteral("cannot create the folder %1").arg(to));
  }
  QStringList snapshots = QDir(from).entryList({QStringLiteral("snapshot-*.cbs")}, QDir::Files, QDir::Name);
  if (snapshots.isEmpty()) return Error::storage(QStringLiteral("%1 has no snapshot").arg(from));
  const QString newest = snapshots.last();
  QString journal = newest;
  journal.replace(QStringLiteral("snapshot-"), QStringLiteral("journal-")).replace(QStringLiteral(".cbs"), QStringLiteral(".cbj"));
  for (const QString& name : {QStringLiteral("vault.key"), newest, journal}) {
    QFile source(QDir(from).filePath(name));
    if (!source.exists() && name == journal) continue;
    if (!source.open(QIODevice::ReadOnly)) return Error::storage(QStringLiteral("cannot read %1").arg(source.fileName()));
    if (auto ok = writeFileDurably(QDir(to).filePath(name), source.readAll()); !ok) return ok;
  }
  return {};
}

namespace {

std::vector<std::uint64_t> generationsIn(const QString& folder) {
  std::vector<std::uint64_t> found;
  static const QRegularExpression name(QStringLiteral("^snapshot-(\\d{10})\\.cbs$"));
  for (const QString& entry : QDir(folder).entryList(QDir::Files)) {
    const auto match = name.match(entry);
    if (match.hasMatch()) found.push_back(match.captured(1).toULongLong());
  }
  std::sort(found.rbegin(), found.rend());
  return found;
}

QString generationFile(const QString& folder, const char* stem, const char* suffix, std::uint64_t generation) {
  return QDir(folder).filePath(
      QStringLiteral("%1-%2.%3").arg(QLatin1String(stem)).arg(generation, 10, 10, QLatin1Char('0')).arg(QLatin1String(suffix)));
}

// Decrypts one generation of the vault in folder; contents.validLength says where a new
// journal segment may start.
Result<Vault::State> readGeneration(const QString& folder, const SecretKey& key, std::uint64_t generation,
                                    JournalContents* contents) {
  const auto available = generationsIn(folder);
  if (available.empty()) return Error::storage(QStringLiteral("the vault has no snapshot"), QStringLiteral("Restore a backup"));
  if (generation == 0) generation = available.front();
  if (std::find(available.begin(), available.end(), generation) == available.end()) {
    return Error::notFound(QStringLiteral("generation"), QStringLiteral("the vault has no generation %1").arg(generation));
  }
  QFile snapshotFile(generationFile(folder, "snapshot", "cbs", generation));
  if (!snapshotFile.open(QIODevice::ReadOnly)) return Error::storage(QStringLiteral("cannot read the vault's snapshot"));
  Vault::State state;
  state.generation = generation;
  // Room for the database to grow by an eighth before SQLite moves it (which, for a moment,
  // needs it twice); pages never written to are never made resident.
  auto snapshot = openSnapshot(key, generation, snapshotFile, snapshotFile.size() / 8);
  if (!snapshot) return snapshot.error();
  state.snapshot = std::move(snapshot).value();
  QFile journalFile(generationFile(folder, "journal", "cbj", generation));
  if (journalFile.exists()) {
    if (!journalFile.open(QIODevice::ReadOnly)) return Error::storage(QStringLiteral("cannot read the vault's journal"));
    auto read = readJournal(key, generation, journalFile.readAll());
    if (!read) return read.error();
    *contents = std::move(read).value();
    state.changeSets = std::move(contents->changeSets);
  }
  return state;
}

}  // namespace

QString Vault::snapshotPath(std::uint64_t generation) const {
  return generationFile(m_folder, "snapshot", "cbs", generation);
}

QString Vault::journalPath(std::uint64_t generation) const {
  return generationFile(m_folder, "journal", "cbj", generation);
}

Result<Vault::Created> Vault::create(const QString& folder, const QByteArray& passphrase, const KdfParams& params,
                                     const QByteArray& firstSnapshot) {
  if (!initialiseSodium()) return Error::storage(QStringLiteral("the cryptography library cannot start"));
  if (auto ok = checkNewPassphrase(passphrase); !ok) return ok.error();
  QDir dir(folder);
  if (dir.exists() && !dir.isEmpty()) {
    return Error::conflict(QStringLiteral("vault"), QStringLiteral("%1 is not empty").arg(folder),
                           QStringLiteral("Choose a new folder for the vault"));
  }
  if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
    return Error::storage(QStringLiteral("cannot create the folder %1").arg(folder));
  }
  auto lock = takeLock(folder);
  if (!lock) return lock.error();
  const QByteArray salt = randomBytes(kSaltBytes);
  auto kek = deriveKey(passphrase, salt, params);
  if (!kek) {
    ::close(lock.value());
    return kek.error();
  }
  SecretKey dataKey = SecretKey::random();
  SecretKey recovery = SecretKey::random();
  const QByteArray bound = boundHeader(params, salt);
  const QByteArray keyFile = bound + wrapKey(kek.value(), dataKey, bound) + wrapKey(recovery, dataKey, bound);
  std::unique_ptr<Vault> vault(new Vault(folder, std::move(dataKey), lock.value()));
  vault->m_salt = salt;
  vault->m_generation = 1;
  if (auto ok = writeSnapshot(vault->snapshotPath(1), vault->m_key, 1, firstSnapshot); !ok) return ok.error();
  if (auto ok = writeFileDurably(keyFilePath(folder), keyFile); !ok) return ok.error();
  auto journal = JournalWriter::open(vault->journalPath(1), vault->m_key, 1, 0, 0);
  if (!journal) return journal.error();
  vault->m_journal = std::move(journal).value();
  log::storage()->info("vault created (Argon2id {} passes, {} MiB)", params.opsLimit, params.memLimit >> 20);
  return Created{std::move(vault), recoveryText(recovery)};
}

namespace {

QString failedUnlocksPath(const QString& folder) { return QDir(folder).filePath(QStringLiteral("failed-unlocks")); }

// A wrong passphrase cannot be written into the vault (it stays locked), so it is noted
// beside it, without any name, and moved into the audit trail at the next sign-in.
void noteFailedUnlock(const QString& folder, const QByteArray& who) {
  const int fd = ::open(QFile::encodeName(failedUnlocksPath(folder)).constData(),
                        O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return;
  const QByteArray line =
      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + '\t' + who + '\n';
  if (::write(fd, line.constData(), static_cast<size_t>(line.size())) < 0) {
    log::storage()->warn("a failed unlock could not be noted");
  }
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

Result<std::unique_ptr<Vault>> Vault::openWith(const QString& folder, bool recovery, const QByteArray& secret) {
  auto opened = openAs(folder, recovery, QString(), secret);
  if (!opened) return opened.error();
  return std::move(std::move(opened).value().vault);
}

Result<Vault::Unlocked> Vault::unlockAs(const QString& folder, const QString& account, const QByteArray& passphrase) {
  return openAs(folder, false, account, passphrase);
}

Result<Vault::Unlocked> Vault::openAs(const QString& folder, bool recovery, const QString& account,
                                      const QByteArray& secret) {
  if (!initialiseSodium()) return Error::storage(QStringLiteral("the cryptography library cannot start"));
  auto keyFile = readKeyFile(folder);
  if (!keyFile) return keyFile.error();
  const Slot* slot = account.trimmed().isEmpty() ? nullptr : keyFile->slot(slotId(keyFile->salt, account));
  Result<SecretKey> kek = recovery ? recoveryKeyFromText(QString::fromLatin1(secret))
                          : slot   ? deriveKey(secret, slot->salt, keyFile->params)
                                   : deriveKey(secret, keyFile->salt, keyFile->params);
  if (!kek) return kek.error();
  auto dataKey = recovery ? unwrapKey(kek.value(), keyFile->byRecovery, keyFile->bound)
                 : slot   ? unwrapKey(kek.value(), slot->wrapped, slot->associated(keyFile->bound))
                          : unwrapKey(kek.value(), keyFile->byPassphrase, keyFile->bound);
  if (!dataKey) {
    noteFailedUnlock(folder, recovery ? QByteArray("recovery")
                             : slot   ? slot->id.toHex()
                                      : (account.trimmed().isEmpty() ? QByteArray("vault")
                                                                     : slotId(keyFile->salt, account).toHex()));
    return dataKey.error();
  }
  auto lock = takeLock(folder);
  if (!lock) return lock.error();
  Unlocked out;
  out.vault.reset(new Vault(folder, std::move(dataKey).value(), lock.value()));
  out.vault->m_salt = keyFile->salt;
  out.byOwnPassphrase = slot != nullptr;
  return out;
}

QString Vault::accountId(const QString& account) const { return QString::fromLatin1(slotId(m_salt, account).toHex()); }

bool Vault::hasAccountKey(const QString& account) const {
  auto keyFile = readKeyFile(m_folder);
  return keyFile && keyFile->slot(slotId(m_salt, account)) != nullptr;
}

Status Vault::setAccountKey(const QString& account, const QByteArray& passphrase) {
  if (auto ok = checkNewPassphrase(passphrase); !ok) return ok;
  auto keyFile = readKeyFile(m_folder);
  if (!keyFile) return keyFile.error();
  KeyFile file = keyFile.value();
  Slot slot{slotId(m_salt, account), randomBytes(kSaltBytes), {}};
  auto kek = deriveKey(passphrase, slot.salt, file.params);
  if (!kek) return kek.error();
  slot.wrapped = wrapKey(kek.value(), m_key, slot.associated(file.bound));
  auto& slots = file.slots;
  slots.erase(std::remove_if(slots.begin(), slots.end(), [&](const Slot& s) { return s.id == slot.id; }), slots.end());
  if (static_cast<int>(slots.size()) >= kMaxSlots) {
    return Error::conflict(QStringLiteral("account"), QStringLiteral("the vault holds %1 accounts already").arg(kMaxSlots),
                           QStringLiteral("Remove accounts no longer used"));
  }
  slots.push_back(slot);
  return writeFileDurably(keyFilePath(m_folder), file.bytes());
}

Status Vault::removeAccountKey(const QString& account) {
  auto keyFile = readKeyFile(m_folder);
  if (!keyFile) return keyFile.error();
  KeyFile file = keyFile.value();
  const QByteArray id = slotId(m_salt, account);
  auto& slots = file.slots;
  slots.erase(std::remove_if(slots.begin(), slots.end(), [&](const Slot& s) { return s.id == id; }), slots.end());
  return writeFileDurably(keyFilePath(m_folder), file.bytes());
}

std::vector<Vault::FailedUnlock> Vault::failedUnlocks() const {
  std::vector<FailedUnlock> out;
  QFile file(failedUnlocksPath(m_folder));
  if (!file.open(QIODevice::ReadOnly)) return out;
  for (const QByteArray& line : file.readAll().split('\n')) {
    const auto fields = line.split('\t');
    if (fields.size() != 2) continue;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(fields[0]), Qt::ISODateWithMs);
    if (at.isValid()) out.push_back({at, QString::fromLatin1(fields[1])});
  }
  return out;
}

void Vault::clearFailedUnlocks() {
  QFile::remove(failedUnlocksPath(m_folder));
  if (!syncFolder(m_folder)) log::storage()->warn("the vault folder could not be synced after a sign-in");
}

Status Vault::dropOlderGenerations() {
  for (std::uint64_t old : generations()) {
    if (old == m_generation) continue;
    QFile::remove(snapshotPath(old));
    QFile::remove(journalPath(old));
  }
  return syncFolder(m_folder);
}

Result<std::unique_ptr<Vault>> Vault::unlock(const QString& folder, const QByteArray& passphrase) {
  return openWith(folder, false, passphrase);
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString& folder, const QString& recoveryKey) {
  return openWith(folder, true, recoveryKey.toLatin1());
}

Status Vault::changePassphrase(const QByteArray& current, const QByteArray& next, bool currentIsRecoveryKey) {
  if (auto ok = checkNewPassphrase(next); !ok) return ok;
  auto keyFile = readKeyFile(m_folder);
  if (!keyFile) return keyFile.error();
  KeyFile file = keyFile.value();
  auto oldKek = currentIsRecoveryKey ? recoveryKeyFromText(QString::fromLatin1(current))
                                     : deriveKey(current, file.salt, file.params);
  if (!oldKek) return oldKek.error();
  const QByteArray& proof = currentIsRecoveryKey ? file.byRecovery : file.byPassphrase;
  if (auto proved = unwrapKey(oldKek.value(), proof, file.bound); !proved) return proved.error();
  // Salt and cost stay, so the header the recovery key's wrap is bound to stays too and the
  // recovery key goes on working.
  auto newKek = deriveKey(next, file.salt, file.params);
  if (!newKek) return newKek.error();
  file.byPassphrase = wrapKey(newKek.value(), m_key, file.bound);
  if (auto ok = writeFileDurably(keyFilePath(m_folder), file.bytes()); !ok) return ok;
  log::storage()->info("vault passphrase changed");
  return {};
}

std::vector<std::uint64_t> Vault::generations() const { return generationsIn(m_folder); }

std::vector<std::uint64_t> Vault::generationsOf(const QString& folder) { return generationsIn(folder); }

Result<Vault::State> Vault::load(std::uint64_t generation) {
  JournalContents contents;
  auto state = readGeneration(m_folder, m_key, generation, &contents);
  if (!state) return state.error();
  generation = state->generation;
  auto journal = JournalWriter::open(journalPath(generation), m_key, generation, contents.validLength, contents.segments);
  if (!journal) return journal.error();
  m_journal = std::move(journal).value();
  m_generation = generation;
  return state;
}

Result<Vault::State> Vault::readBackup(const QString& folder) const {
  QFile ours(keyFilePath(m_folder));
  QFile theirs(keyFilePath(folder));
  if (!ours.open(QIODevice::ReadOnly) || !theirs.open(QIODevice::ReadOnly)) {
    return Error::notFound(QStringLiteral("backup"), QStringLiteral("%1 is not a Casebook vault (no vault.key)").arg(folder),
                           QStringLiteral("Name the backup's folder"));
  }
  // The same key file means the same data key (and the same passphrase opens the copy).
  if (ours.readAll() != theirs.readAll()) {
    return Error::conflict(QStringLiteral("backup"), QStringLiteral("%1 is a backup of another vault").arg(folder),
                           QStringLiteral("Choose a backup made from this vault"));
  }
  JournalContents contents;
  return readGeneration(folder, m_key, 0, &contents);
}

Status Vault::append(const QByteArray& changeSet) {
  if (!m_journal) return Error::storage(QStringLiteral("the vault is not loaded"));
  return m_journal->append(changeSet);
}

qint64 Vault::journalSize() const { return m_journal ? m_journal->size() : 0; }

Status Vault::compact(QByteArrayView snapshot) {
  // After opening an older generation (the newest was damaged), the new one goes above
  // every generation on disk, so it is the one opened next time.
  const auto onDisk = generations();
  const std::uint64_t next = std::max(m_generation, onDisk.empty() ? 0 : onDisk.front()) + 1;
  // The new snapshot becomes real at its rename; until then the old generation is whole.
  if (auto ok = writeSnapshot(snapshotPath(next), m_key, next, snapshot); !ok) return ok;
  auto journal = JournalWriter::open(journalPath(next), m_key, next, 0, 0);
  if (!journal) return journal.error();
  m_journal = std::move(journal).value();
  const std::uint64_t previous = m_generation;
  m_generation = next;
  for (std::uint64_t old : generations()) {
    if (old < previous) {
      QFile::remove(snapshotPath(old));
      QFile::remove(journalPath(old));
    }
  }
  return syncFolder(m_folder);
}

}  // namespace casebook::vault
