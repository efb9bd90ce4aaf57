#pragma once

#include <QString>
#include <QStringList>

namespace qaytish {
struct ExportStamp;
}

namespace qaytish::documents {

// The fixed wording of a return list document in one language. A document's language is
// the document's, not the interface's, and a bilingual document needs two at once, so these
// texts are data of the document (like the mission's own names in MissionSettings), not
// translations of the interface: see docs/ARCHITECTURE.md, "Return lists".
struct ReturnListTexts {
    QString manifestTitle;
    QString receptionTitle;
    QString draft;
    QString flight, carrier, date, departure, route;
    QString number, nameLatin, nameCyrillic, birthDate, sex, document, hostReference, assistance;
    QString pinfl, regionDistrict, receiver;
    QString male, female; // sex as printed
    QString certificate, passport;
    QString confirmed; // the receiver confirmed
    QString totals;    // %1 passengers, %2 men, %3 women, %4 minors
    QString escorts;   // heading
    QString noEscorts;
    QString officer, headOfMission, signature, stamp;
    QString page; // %1 this page, %2 pages
    // Who made the output and when (%1 the user, %2 the local date and time): every
    // document Qaytish prints carries it, in the document's languages.
    QString madeBy;

    // "en", "ru", "uz" (Latin) or "uz-Cyrl".
    static ReturnListTexts in(const QString &language);
};

// A document language and the one printed under it ("uz" and "uz-Cyrl" add Russian, "ru"
// adds Uzbek, "en" is English alone).
QString secondLanguage(const QString &language);
QStringList documentLanguages(); // en, ru, uz, uz-Cyrl

// The attribution line of a document in one of its languages: "Made by k.rahimova on
// 15.03.2026 10:00".
QString madeByLine(const QString &language, const ExportStamp &stamp);

} // namespace qaytish::documents
