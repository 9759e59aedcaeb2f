#include "DemoPlan.h"

#include "PlanRepository.h"

namespace casebook::demo {

namespace {

// A stream of its own: drawing from the cases' stream would change every story after it.
constexpr quint64 kPlanStream = 0x504c414e54414753;  // "PLANTAGS"

struct DemoPriority {
  const char* code;
  const char* title;
  std::vector<const char*> objectives;
  std::vector<const char*> caseThemes;  // the case themes it covers
};

struct DemoTheme {
  const char* title;
  std::vector<DemoPriority> priorities;
};

const std::vector<DemoTheme>& themes() {
  static const std::vector<DemoTheme> all{
      {"Safer neighbourhoods",
       {{"P1",
         "Reduce anti-social behaviour and the harm it does to residents",
         {"Cut repeat calls about anti-social behaviour from the same address by a fifth",
          "Settle neighbour disputes through mediation before enforcement is needed",
          "Bring problem locations back into use with joint patrols and environmental work"},
         {"asb"}},
        {"P2",
         "Keep town centres safe by day and by night",
         {"Work with licensed premises and taxi firms on a safe night-time economy",
          "Offer support and accommodation before enforcement to people who beg",
          "Reduce shop theft with the business crime partnership"},
         {"nte", "begging"}}}},
      {"Protecting people from exploitation and violence",
       {{"P3",
         "Tackle criminal exploitation and county lines",
         {"Spot young people at risk early through schools, youth services and missing episodes",
          "Close cuckooed addresses quickly and safeguard the tenants",
          "Disrupt drug supply lines with neighbouring partnerships"},
         {"cce", "county_lines", "cuckooing", "missing", "modern_slavery"}},
        {"P4",
         "Reduce domestic abuse, hate crime and serious violence",
         {"Raise the number of victims of domestic abuse who take up support",
          "Make reporting hate incidents easier through third-party reporting centres",
          "Lower knife crime among under-25s through education and diversion"},
         {"domestic_abuse", "hate", "knife_crime", "prevent"}}}},
      {"Supporting people with complex needs",
       {{"P5",
         "Join up support for adults at risk and people with complex needs",
         {"Agree one plan per person across mental health, housing and substance misuse services",
          "Protect people from financial abuse and doorstep scams",
          "Reduce self-neglect through early multi-agency visits"},
         {"mental_health", "self_neglect", "financial_abuse", "substance_misuse"}}}},
  };
  return all;
}

QString text(const char* utf8) { return QString::fromUtf8(utf8); }

}  // namespace

DemoPlan::DemoPlan(Database& db, quint64 seed, const QDate& today) : m_db(db), m_random(seed ^ kPlanStream) {
  // Three financial years from the April before last: today falls in its second year.
  const int thisYear = today.month() >= 4 ? today.year() : today.year() - 1;
  m_plan.startsOn = QDate(thisYear - 1, 4, 1);
  m_plan.endsOn = QDate(thisYear + 2, 3, 31);
  m_plan.title = QStringLiteral("Community Safety Plan %1-%2").arg(thisYear - 1).arg(thisYear + 2);
  for (const auto& theme : themes()) {
    PlanTheme t{text(theme.title), {}};
    for (const auto& priority : theme.priorities) {
      Priority p{PriorityId(), text(priority.code), text(priority.title), {}};
      for (const char* objective : priority.objectives) p.objectives.push_back({text(objective)});
      t.priorities.push_back(std::move(p));
    }
    m_plan.themes.push_back(std::move(t));
  }
}

void DemoPlan::write() {
  PlanRepository plans(m_db);
  const PlanId id = plans.insert(m_plan);
  const auto written = plans.find(id);
  for (std::size_t t = 0; t < themes().size(); ++t) {
    for (std::size_t p = 0; p < themes()[t].priorities.size(); ++p) {
      const PriorityId priority = written->themes[t].priorities[p].id;
      for (const char* theme : themes()[t].priorities[p].caseThemes) m_byTheme.insert(text(theme), priority);
    }
  }
}

bool DemoPlan::tag(Case& c) {
  // Every case draws once, tagged or not, so one case's themes never shift another's chance.
  const bool chosen = m_random.chance(75);
  for (const QString& theme : c.themes) {
    const auto priority = m_byTheme.constFind(theme);
    if (priority == m_byTheme.constEnd()) continue;
    if (chosen) c.priorityId = *priority;
    return chosen;
  }
  return false;
}

}  // namespace casebook::demo
