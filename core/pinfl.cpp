#include "pinfl.h"

#include "dates.h"

namespace qaytish {

namespace {

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

int digitAt(const QString &s, qsizetype i) {
    return s.at(i).unicode() - u'0';
}

} // namespace

int Pinfl::checkDigit(const QString &first13) {
    if (first13.size() != 13)
        return -1;
    static constexpr int weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < 13; ++i) {
        if (!isAsciiDigit(first13.at(i)))
            return -1;
        sum += digitAt(first13, i) * weights[i % 3];
    }
    return sum % 10;
}

PinflInfo Pinfl::decode(const QString &text) {
    PinflInfo info;
    QString digits = text;
    digits.remove(u' ');
    digits = digits.trimmed(); // tabs and line breaks around a pasted number

    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (!isAsciiDigit(digits.at(i))) {
            info.error = tr("The PINFL may contain only digits, but character %1 is \"%2\".")
                             .arg(i + 1)
                             .arg(digits.at(i));
            return info;
        }
    }
    if (digits.size() != 14) {
        info.error =
            tr("A PINFL has 14 digits, but %n digit(s) were entered.", nullptr, int(digits.size()));
        return info;
    }

    const int first = digitAt(digits, 0);
    if (first < 1 || first > 6) {
        info.error = tr("The first digit of a PINFL gives the century of birth and the sex and "
                        "must be 1 to 6, but it is %1.")
                         .arg(first);
        return info;
    }
    info.century = 1800 + 100 * ((first - 1) / 2);
    info.sex = first % 2 == 1 ? QStringLiteral("M") : QStringLiteral("F");

    const int day = digits.mid(1, 2).toInt();
    const int month = digits.mid(3, 2).toInt();
    const int year = info.century + digits.mid(5, 2).toInt();
    const QDate birth(year, month, day);
    if (!birth.isValid()) {
        info.error = tr("Digits 2 to 7 of a PINFL are the date of birth (DDMMYY), but %1 is not "
                        "a real date (day %2, month %3, year %4).")
                         .arg(digits.mid(1, 6))
                         .arg(day)
                         .arg(month)
                         .arg(year);
        info.century = 0;
        info.sex.clear();
        return info;
    }
    info.birthDate = birth;
    info.district = digits.mid(7, 3);
    info.serial = digits.mid(10, 3);
    info.expectedCheckDigit = checkDigit(digits.left(13));
    info.checkDigitOk = info.expectedCheckDigit == digitAt(digits, 13);
    info.wellFormed = true;
    return info;
}

} // namespace qaytish
