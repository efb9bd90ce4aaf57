#pragma once

#include <QString>

#include <optional>

namespace qaytish::identifiers {

// US A-number: "A" + 7 to 9 digits, with optional dashes or spaces (A-123-456-789,
// a12345678, 123456789). Stored as 9 digits with leading zeros; nothing when malformed.
std::optional<QString> normalizeANumber(const QString &text);
// A-123-456-789 for display; the input unchanged when it is not 9 digits.
QString formatANumber(const QString &nineDigits);

// Passport numbers are stored upper-case without spaces.
QString normalizePassportNumber(const QString &text);
// 2 Latin letters + 7 digits.
bool isUzbekPassportNumber(const QString &normalized);

} // namespace qaytish::identifiers
