#pragma once

#include <QDate>
#include <QDateTime>

namespace casebook {

// Review dates, overdue flags and repeat referrals depend on "today"; tests inject a fixed
// clock instead of waiting for the calendar.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual QDateTime now() const = 0;
  QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
 public:
  QDateTime now() const override { return QDateTime::currentDateTime(); }
  // For main(), before any thread starts: reading the clock stops re-reading the time zone
  // file (Clock.cpp says why).
  static void settleTimeZone();
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
  explicit FixedClock(QDate day) : m_at(day.startOfDay()) {}
  QDateTime now() const override { return m_at; }
  void set(QDateTime at) { m_at = std::move(at); }

 private:
  QDateTime m_at;
};

}  // namespace casebook
