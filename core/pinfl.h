#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace qaytish {

// PINFL (JShShIR): 14 digits. DOMAIN.md describes the structure; the check digit rule is
// not from an official text, so a mismatch is a warning, never an error.
struct PinflInfo {
    bool wellFormed = false;   // 14 digits, a valid century/sex digit, a real date
    QString error;             // translated reason when not well formed
    bool checkDigitOk = false; // the 7-3-1 check digit holds
    int century = 0;           // 1800, 1900 or 2000
    QString sex;               // "M" or "F"
    QDate birthDate;
    QString district; // digits 8-10
    QString serial;   // digits 11-13
    int expectedCheckDigit = -1;
};

class Pinfl {
    Q_DECLARE_TR_FUNCTIONS(Pinfl)
public:
    static PinflInfo decode(const QString &text);
    // Check digit over the first 13 digits, -1 when they are not 13 digits.
    static int checkDigit(const QString &first13);
};

} // namespace qaytish
