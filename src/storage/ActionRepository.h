#pragma once

#include "ActionQuery.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

class ActionRepository final {
 public:
  explicit ActionRepository(Database& db) : m_db(db) {}

  ActionId insert(const Action& action);
  std::optional<Action> get(ActionId id);  // with its updates
  void saveStatus(const Action& action);
  void addUpdate(ActionId id, const ActionUpdate& update);
  std::vector<ActionRow> list(const ActionQuery& query);

 private:
  std::vector<ActionUpdate> updatesOf(ActionId id);
  Database& m_db;
};

}  // namespace casebook
