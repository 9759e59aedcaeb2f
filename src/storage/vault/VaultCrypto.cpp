#include "VaultCrypto.h"

#include <sodium.h>

#include <QElapsedTimer>

#include <cstring>

namespace casebook::vault {

bool initialiseSodium() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

Status KdfParams::check() const {
  if (opsLimit < kMinOps || opsLimit > kMaxOps || memLimit < kMinMem || memLimit > kMaxMem) {
    return Error::invalid(QStringLiteral("vault"),
                          QStringLiteral("the vault's key settings are out of range (%1 passes, %2 MiB)")
                              .arg(opsLimit)
                              .arg(memLimit >> 20),
                          QStringLiteral("The vault header is damaged or was not written by Casebook; restore a backup"));
  }
  return {};
}

KdfParams KdfParams::tuned() {
  KdfParams params;
  initialiseSodium();
  const QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
  unsigned char out[SecretKey::kSize];
  // Memory is the cost that hurts attackers most; raise it first, then passes.
  while (true) {
    QElapsedTimer timer;
    timer.start();
    if (crypto_pwhash(out, sizeof out, "tuning", 6, reinterpret_cast<const unsigned char*>(salt.constData()),
                      params.opsLimit, params.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
      break;  // out of memory: keep what worked
    }
    if (timer.elapsed() >= 500) break;
    if (params.memLimit * 2 <= 256ull << 20) {
      params.memLimit *= 2;
    } else if (params.opsLimit < kMaxOps) {
      ++params.opsLimit;
    } else {
      break;
    }
  }
  sodium_memzero(out, sizeof out);
  return params;
}

SecretKey::SecretKey() : m_bytes(static_cast<unsigned char*>(sodium_malloc(kSize))) {
  if (!m_bytes) throw std::bad_alloc();
  sodium_memzero(m_bytes, kSize);
}

SecretKey::~SecretKey() {
  if (m_bytes) sodium_free(m_bytes);
}

SecretKey::SecretKey(SecretKey&& other) noexcept : m_bytes(other.m_bytes) { other.m_bytes = nullptr; }

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
  if (this != &other) {
    if (m_bytes) sodium_free(m_bytes);
    m_bytes = other.m_bytes;
    other.m_bytes = nullptr;
  }
  return *this;
}

SecretKey SecretKey::random() {
  SecretKey key;
  randombytes_buf(key.data(), kSize);
  return key;
}

QByteArray randomBytes(int size) {
  QByteArray bytes(size, '\0');
  randombytes_buf(bytes.data(), static_cast<size_t>(size));
  return bytes;
}

Result<SecretKey> deriveKey(const QByteArray& passphrase, const QByteArray& salt, const KdfParams& params) {
  if (auto ok = params.check(); !ok) return ok.error();
  if (salt.size() != crypto_pwhash_SALTBYTES) return Error::invalid(QStringLiteral("vault"), QStringLiteral("bad salt"));
  SecretKey key;
  if (crypto_pwhash(key.data(), SecretKey::kSize, passphrase.constData(), static_cast<unsigned long long>(passphrase.size()),
                    reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                    static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error::storage(QStringLiteral("not enough memory to derive the vault key (%1 MiB)").arg(params.memLimit >> 20),
                          QStringLiteral("Close other programs and try again"));
  }
  return key;
}

QByteArray wrapKey(const SecretKey& kek, const SecretKey& key, const QByteArray& ad) {
  QByteArray out(kWrappedKeySize, '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &length, key.data(),
                                             SecretKey::kSize, reinterpret_cast<const unsigned char*>(ad.constData()),
                                             static_cast<unsigned long long>(ad.size()), nullptr, nonce, kek.data());
  return out;
}

Result<SecretKey> unwrapKey(const SecretKey& kek, const QByteArray& wrapped, const QByteArray& ad) {
  const Error wrong = Error::denied(QStringLiteral("the passphrase or recovery key does not open this vault"));
  if (wrapped.size() != kWrappedKeySize) return wrong;
  const auto* nonce = reinterpret_cast<const unsigned char*>(wrapped.constData());
  SecretKey key;
  unsigned long long length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &length, nullptr,
                                                 nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                 kWrappedKeySize - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                 reinterpret_cast<const unsigned char*>(ad.constData()),
                                                 static_cast<unsigned long long>(ad.size()), nonce, kek.data()) != 0 ||
      length != SecretKey::kSize) {
    return wrong;
  }
  return key;
}

QString recoveryText(const SecretKey& key) {
  char hex[SecretKey::kSize * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, key.data(), SecretKey::kSize);
  QString text;
  for (int i = 0; i < SecretKey::kSize * 2; i += 8) {
    if (!text.isEmpty()) text += QLatin1Char('-');
    text += QString::fromLatin1(hex + i, 8).toUpper();
  }
  sodium_memzero(hex, sizeof hex);
  return text;
}

Result<SecretKey> recoveryKeyFromText(const QString& text) {
  QByteArray hex;
  for (const QChar c : text) {
    if (c.isLetterOrNumber()) hex += c.toLatin1();
  }
  SecretKey key;
  size_t length = 0;
  if (hex.size() != SecretKey::kSize * 2 ||
      sodium_hex2bin(key.data(), SecretKey::kSize, hex.constData(), static_cast<size_t>(hex.size()), nullptr, &length,
                     nullptr) != 0 ||
      length != SecretKey::kSize) {
    sodium_memzero(hex.data(), static_cast<size_t>(hex.size()));
    return Error::invalid(QStringLiteral("recovery key"), QStringLiteral("a recovery key is 64 letters and digits"),
                          QStringLiteral("Type it as it was shown when the vault was made, e.g. 1A2B3C4D-..."));
  }
  sodium_memzero(hex.data(), static_cast<size_t>(hex.size()));
  return key;
}

}  // namespace casebook::vault
