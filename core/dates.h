#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace qaytish::dates {

// Dates as officers type them: 30.04.2025, 30042025, 2025-04-30 (also 30/04/2025? no:
// slashes are ambiguous between day-first and month-first, so they are refused).
// Leading/trailing white space is ignored; one-digit day or month with dots is accepted
// (1.5.2025). A two-digit year is never accepted. Returns nothing when not a real date.
std::optional<QDate> parseInput(const QString &text);

// dd.MM.yyyy, the form used on screen and on documents; empty for an invalid date.
QString format(const QDate &date);

// ISO 8601 (yyyy-MM-dd) for storage and JSON; empty for an invalid date.
QString toIso(const QDate &date);
QDate fromIso(const QString &text);
// Times are stored in UTC with milliseconds: 2026-03-15T10:00:00.000Z.
QString toIsoDateTime(const QDateTime &dateTime);
QDateTime fromIsoDateTime(const QString &text);

} // namespace qaytish::dates
