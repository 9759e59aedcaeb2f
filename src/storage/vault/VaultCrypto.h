#pragma once

#include "Result.h"

#include <QByteArray>

#include <cstdint>

namespace casebook::vault {

// Argon2id cost. The header stores them; they are range-checked before any memory is
// allocated, so a hostile header cannot make Casebook ask for terabytes.
struct KdfParams {
  std::uint64_t opsLimit = 3;
  std::uint64_t memLimit = 64ull << 20;  // bytes

  static constexpr std::uint64_t kMinOps = 3;
  static constexpr std::uint64_t kMaxOps = 20;
  static constexpr std::uint64_t kMinMem = 64ull << 20;
  static constexpr std::uint64_t kMaxMem = 1ull << 30;

  Status check() const;
  // The cheapest allowed cost raised until one derivation takes about half a second here.
  static KdfParams tuned();
};

// 32 bytes in guarded memory (sodium_malloc: locked, fenced, wiped on free). Move-only.
class SecretKey final {
 public:
  static constexpr int kSize = 32;
  SecretKey();
  ~SecretKey();
  SecretKey(SecretKey&& other) noexcept;
  SecretKey& operator=(SecretKey&& other) noexcept;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;

  static SecretKey random();
  unsigned char* data() { return m_bytes; }
  const unsigned char* data() const { return m_bytes; }

 private:
  unsigned char* m_bytes;
};

// Once per process; false if libsodium cannot start (then nothing here may be used).
bool initialiseSodium();

Result<SecretKey> deriveKey(const QByteArray& passphrase, const QByteArray& salt, const KdfParams& params);
QByteArray randomBytes(int size);

// XChaCha20-Poly1305 (IETF AEAD) of a key under another key: nonce || ciphertext || tag.
QByteArray wrapKey(const SecretKey& keyEncryptionKey, const SecretKey& key, const QByteArray& associatedData);
Result<SecretKey> unwrapKey(const SecretKey& keyEncryptionKey, const QByteArray& wrapped,
                            const QByteArray& associatedData);
constexpr int kWrappedKeySize = 24 + SecretKey::kSize + 16;

// The recovery key as people copy it: 64 hex digits in groups of 8; and back.
QString recoveryText(const SecretKey& key);
Result<SecretKey> recoveryKeyFromText(const QString& text);

}  // namespace casebook::vault
