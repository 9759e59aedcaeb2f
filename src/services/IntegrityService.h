#pragma once

#include "ServiceContext.h"

#include <QStringList>

namespace casebook {

class IntegrityService final {
 public:
  explicit IntegrityService(ServiceContext& ctx) : m_ctx(ctx) {}
  // An empty list means the database is sound.
  Result<QStringList> check();
  // Rebuilds what can be rebuilt from the data itself (the search index), in one transaction.
  Status repairSearchIndex();

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
