#include "clock.h"

#include <QTimeZone>

namespace qaytish {

QDate Clock::today() const {
    return now().toLocalTime().date();
}

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTimeUtc();
}

const Clock &applicationClock() {
    static const Clock *clock = []() -> const Clock * {
        const QString fixed = qEnvironmentVariable("QAYTISH_NOW");
        if (!fixed.isEmpty()) {
            QDateTime at = QDateTime::fromString(fixed, Qt::ISODate);
            if (!at.isValid()) {
                const QDate date = QDate::fromString(fixed, Qt::ISODate);
                if (date.isValid())
                    at = QDateTime(date, QTime(12, 0), QTimeZone::utc());
            }
            if (at.isValid())
                return new FixedClock(at.toUTC());
        }
        return new SystemClock;
    }();
    return *clock;
}

} // namespace qaytish
