#pragma once

#include <QDate>
#include <QDateTime>

namespace qaytish {

// Time is injected so that overstay days, validity and retention can be tested.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const;               // the local calendar date of now()
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

// The clock the applications use: the system clock, unless QAYTISH_NOW (ISO 8601 date or
// date-time) is set, which scripts and tests use to get reproducible figures.
const Clock &applicationClock();

} // namespace qaytish
