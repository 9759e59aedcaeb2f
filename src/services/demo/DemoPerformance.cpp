#include "DemoPerformance.h"

#include "DemoRandom.h"
#include "PerformanceRepository.h"
#include "Quarter.h"

#include <array>
#include <cmath>
#include <vector>

namespace casebook::demo {

namespace {

constexpr quint64 kPerformanceStream = 0x5045524652414e44;  // "PERFRAND"

struct CrimeType {
  const char* name;
  double perQuarter;                // a typical quarter's count for a district of about 180,000 people
  std::array<double, 4> season;     // calendar quarters 1 to 4
  double yearlyTrend;               // change a year, e.g. -0.05
  const char* source;
  bool crime;  // counted in "All crime"
};

// "All crime" comes first (the CSP plan's tables open with it) and is the sum of the others
// and of the crime not listed; anti-social behaviour incidents are not crimes.
const std::vector<CrimeType>& crimeTypes() {
  static const std::vector<CrimeType> types{
      {"Burglary - residential", 110, {1.05, 0.90, 0.92, 1.13}, -0.04, "Police recorded crime (fictional)", true},
      {"Burglary - business and community", 46, {1.00, 0.95, 0.97, 1.08}, -0.06, "Police recorded crime (fictional)", true},
      {"Vehicle crime", 190, {1.00, 0.92, 0.98, 1.10}, 0.02, "Police recorded crime (fictional)", true},
      {"Violence with injury", 255, {0.90, 1.05, 1.10, 0.95}, 0.03, "Police recorded crime (fictional)", true},
      {"Criminal damage", 230, {0.92, 1.06, 1.08, 0.94}, -0.03, "Police recorded crime (fictional)", true},
      {"Shoplifting", 205, {0.95, 0.95, 0.98, 1.12}, 0.12, "Police recorded crime (fictional)", true},
      {"Anti-social behaviour incidents", 820, {0.80, 1.10, 1.22, 0.88}, -0.06, "Police ASB incidents (fictional)", false},
  };
  return types;
}

constexpr double kOtherCrimePerQuarter = 1650;

}  // namespace

int writeDemoPerformance(Database& db, quint64 seed, const QDate& today, const QString& enteredBy, const QDateTime& at) {
  DemoRandom random(seed ^ kPerformanceStream);
  const Quarter last = Quarter::containing(today).previous();  // police figures come after a quarter ends
  const Quarter first = Quarter::containing(today.addYears(-2)).sameQuarterLastYear();
  std::vector<Quarter> quarters;
  for (Quarter q = last; q.firstDay() >= first.firstDay(); q = q.previous()) quarters.insert(quarters.begin(), q);

  const auto noisy = [&random](double expected) {
    return std::max(0, static_cast<int>(std::lround(expected * (1.0 + random.between(-80, 80) / 1000.0))));
  };
  // Counts by crime type, then quarter; "All crime" sums the crimes of its quarter.
  const auto& types = crimeTypes();
  std::vector<std::vector<int>> counts(types.size(), std::vector<int>(quarters.size(), 0));
  std::vector<int> allCrime(quarters.size(), 0);
  for (std::size_t q = 0; q < quarters.size(); ++q) {
    const int season = (quarters[q].firstDay().month() - 1) / 3;
    const double years = static_cast<double>(first.firstDay().daysTo(quarters[q].firstDay())) / 365.25;
    for (std::size_t t = 0; t < types.size(); ++t) {
      const CrimeType& type = types[t];
      counts[t][q] = noisy(type.perQuarter * type.season[static_cast<std::size_t>(season)] * std::pow(1.0 + type.yearlyTrend, years));
      if (type.crime) allCrime[q] += counts[t][q];
    }
    allCrime[q] += noisy(kOtherCrimePerQuarter * (season == 2 ? 1.06 : 1.0));
  }

  PerformanceRepository figures(db);
  int written = 0;
  const auto write = [&](const QString& name, const QString& source, const std::vector<int>& byQuarter) {
    for (std::size_t q = 0; q < quarters.size(); ++q) {
      figures.set({name, quarters[q].firstDay(), byQuarter[q], source, enteredBy, at});
      ++written;
    }
  };
  write(QStringLiteral("All crime"), QStringLiteral("Police recorded crime (fictional)"), allCrime);
  for (std::size_t t = 0; t < types.size(); ++t) write(QString::fromUtf8(types[t].name), QString::fromUtf8(types[t].source), counts[t]);
  return written;
}

}  // namespace casebook::demo
