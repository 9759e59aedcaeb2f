// The case list at L: what one search keystroke or one filter change asks of the database
// (a page of rows and the total), and the same through the desktop's list, from the key
// press to the table holding the new rows.
#include "BenchDatasets.h"

#include "CaseListView.h"
#include "CaseReader.h"
#include "CaseTableModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace casebook::bench {
namespace {

// A case from the middle of the data, so searches and filters ask for what real users would.
struct Sample {
  QString surname, forename, theme, area, owner, referencePrefix;  // prefix: "YJAG-2025", say
};

Sample sampleOf(ServiceContext& ctx) {
  CaseListRequest some;
  some.offset = 1000;
  some.limit = 50;
  Sample sample;
  const auto page = CaseReader(ctx).list(some);
  if (!page) return sample;
  for (const auto& row : page->rows) {
    const QStringList words = row.subjectName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (row.subjectKind != SubjectKind::Person || words.size() < 2 || row.themes.isEmpty() || row.areaCode.isEmpty() ||
        row.ownerName.isEmpty()) {
      continue;
    }
    return {words.last(), words.first(), row.themes.first(), row.areaCode, row.ownerName,
            row.reference.section(QLatin1Char('-'), 0, 1)};
  }
  return sample;
}

// L opened, with the words its searches take from one of its cases; nullptr (the benchmark
// marked skipped) when there is no such case.
ServiceContext* openWithSample(benchmark::State& state, Sample& sample) {
  ServiceContext* ctx = openDataset(state, QStringLiteral("L"));
  if (!ctx) return nullptr;
  sample = sampleOf(*ctx);
  if (sample.surname.isEmpty()) {
    state.SkipWithError("no case to take search words from");
    return nullptr;
  }
  return ctx;
}

CaseListRequest activeCases() {
  CaseListRequest request;
  request.statuses = {CaseStatus::Referred, CaseStatus::Open, CaseStatus::Monitoring};
  request.limit = gui::CaseTableModel::kPageSize;
  return request;
}

void listCases(benchmark::State& state, const std::function<void(CaseListRequest&, const Sample&)>& change) {
  Sample sample;
  ServiceContext* ctx = openWithSample(state, sample);
  if (!ctx) return;
  CaseListRequest request = activeCases();
  change(request, sample);
  for (auto _ : state) {
    auto page = CaseReader(*ctx).list(request);
    if (!page) {
      state.SkipWithError(qPrintable(page.error().message()));
      break;
    }
    state.counters["rows"] = static_cast<double>(page->total);
  }
}

void registerListing(const char* name, std::function<void(CaseListRequest&, const Sample&)> change) {
  benchmark::RegisterBenchmark((std::string("case list/L/") + name).c_str(),
                               [change](benchmark::State& state) { listCases(state, change); })
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
}

// The desktop's case list over a dataset, shown as in the main window.
struct ListOnScreen {
  explicit ListOnScreen(ServiceContext& ctx)
      : model([&ctx](const CaseListRequest& r) { return CaseReader(ctx).list(r); }), view(&model) {
    view.resize(1100, 400);
    view.show();
    view.setScope({});
  }
  gui::CaseTableModel model;
  gui::CaseListView view;
};

// The desktop's list: a key typed into the search box (or a filter chosen) until the model
// has been reset with the new rows. The view paints them on the next frame.
void typeIntoList(benchmark::State& state) {
  Sample sample;
  ServiceContext* ctx = openWithSample(state, sample);
  if (!ctx) return;
  ListOnScreen list(*ctx);
  gui::CaseTableModel& model = list.model;
  gui::CaseListView& view = list.view;
  QSignalSpy updated(&model, &gui::CaseTableModel::totalChanged);
  const QString typed = sample.surname.toLower();
  int at = 0;
  for (auto _ : state) {
    state.PauseTiming();
    if (at == typed.size()) {
      view.searchBox()->clear();
      QTest::qWait(200);  // the list has settled before the next name is typed
      at = 0;
    }
    updated.clear();
    state.ResumeTiming();
    QTest::keyClick(view.searchBox(), typed.at(at++).toLatin1());
    if (updated.isEmpty() && !updated.wait(2000)) {
      state.SkipWithError("the list did not follow the keystroke");
      break;
    }
  }
}

void chooseFilter(benchmark::State& state) {
  ServiceContext* ctx = openDataset(state, QStringLiteral("L"));
  if (!ctx) return;
  ListOnScreen list(*ctx);
  gui::CaseTableModel& model = list.model;
  gui::CaseListView& view = list.view;
  QComboBox* band = view.bandFilter();
  int choice = 0;
  for (auto _ : state) {
    choice = (choice + 1) % band->count();
    band->setCurrentIndex(choice);  // the list is refreshed before this returns
    benchmark::DoNotOptimize(model.rowCount());
  }
}

}  // namespace

void registerCaseListBenchmarks() {
  registerListing("active cases, first page", [](CaseListRequest&, const Sample&) {});
  registerListing("search: 1 letter", [](CaseListRequest& r, const Sample& s) { r.text = s.surname.left(1); });
  registerListing("search: 2 letters", [](CaseListRequest& r, const Sample& s) { r.text = s.surname.left(2); });
  registerListing("search: 3 letters", [](CaseListRequest& r, const Sample& s) { r.text = s.surname.left(3); });
  registerListing("search: a surname", [](CaseListRequest& r, const Sample& s) { r.text = s.surname; });
  registerListing("search: forename and surname",
                  [](CaseListRequest& r, const Sample& s) { r.text = s.forename + QLatin1Char(' ') + s.surname; });
  registerListing("search: a reference", [](CaseListRequest& r, const Sample& s) { r.text = s.referencePrefix; });
  registerListing("filter: very high risk", [](CaseListRequest& r, const Sample&) { r.band = RiskBand::VeryHigh; });
  registerListing("filter: a theme", [](CaseListRequest& r, const Sample& s) { r.themeCode = s.theme; });
  registerListing("filter: an area", [](CaseListRequest& r, const Sample& s) { r.areaCode = s.area; });
  registerListing("filter: an owner", [](CaseListRequest& r, const Sample& s) { r.owner = s.owner; });
  registerListing("filter: review overdue", [](CaseListRequest& r, const Sample&) { r.overdueReviewOnly = true; });
  registerListing("filter: open in several groups",
                  [](CaseListRequest& r, const Sample&) { r.openInSeveralGroupsOnly = true; });
  registerListing("filter: any status", [](CaseListRequest& r, const Sample&) { r.statuses.clear(); });
  registerListing("sort: by subject", [](CaseListRequest& r, const Sample&) { r.sort = CaseQuery::Sort::Subject; });
  registerListing("sort: by next review, latest first", [](CaseListRequest& r, const Sample&) {
    r.sort = CaseQuery::Sort::NextReview;
    r.descending = true;
  });
  benchmark::RegisterBenchmark("case list/L/desktop: a search keystroke", typeIntoList)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime()
      ->Iterations(40);
  benchmark::RegisterBenchmark("case list/L/desktop: a filter change", chooseFilter)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
}

}  // namespace casebook::bench
