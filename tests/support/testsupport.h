#pragma once

// Helpers shared by the tests: valid sample records and file fingerprints.

#include "core/caserecord.h"
#include "core/pinfl.h"

#include <QCryptographicHash>
#include <QFile>

namespace qaytish::test {

inline QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A PINFL with a valid structure and check digit for a birth date and sex.
inline QString pinflFor(const QDate &birth, bool male, int district = 123, int serial = 45) {
    const int base = birth.year() < 1900 ? 1 : birth.year() < 2000 ? 3 : 5;
    const QString first13 = QString::number(base + (male ? 0 : 1)) +
                            birth.toString(QStringLiteral("ddMMyy")) +
                            QStringLiteral("%1").arg(district, 3, 10, QLatin1Char('0')) +
                            QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
    return first13 + QString::number(Pinfl::checkDigit(first13));
}

// A complete, valid case about a fictional person.
inline CaseRecord sampleCase(const QString &surname = QStringLiteral("Gʻulomov"),
                             const QString &surnameCyrillic = QStringLiteral("Ғуломов")) {
    CaseRecord r;
    PersonRecord &p = r.person;
    p.surname = surname;
    p.givenNames = QStringLiteral("Shuhrat");
    p.patronymic = QStringLiteral("Alisher oʻgʻli");
    p.surnameCyrillic = surnameCyrillic;
    p.givenNamesCyrillic = QStringLiteral("Шуҳрат");
    p.patronymicCyrillic = QStringLiteral("Алишер ўғли");
    p.sex = QStringLiteral("M");
    p.birthDate = QDate(1990, 4, 30);
    p.birthPlace = QStringLiteral("Samarqand");
    p.pinfl = pinflFor(p.birthDate, true);
    p.passportNumber = QStringLiteral("AB1234567");
    p.passportIssueDate = QDate(2018, 1, 10);
    p.passportExpiryDate = QDate(2028, 1, 9);
    r.hostReference = QStringLiteral("A-123-456-789");
    r.visaClass = QStringLiteral("B1/B2");
    r.entryDate = QDate(2022, 5, 1);
    r.authorizedUntil = QDate(2022, 11, 1);
    r.custody = QStringLiteral("detained");
    r.facility = QStringLiteral("Demo Processing Center North");
    return r;
}

} // namespace qaytish::test
