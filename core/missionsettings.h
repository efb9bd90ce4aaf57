#pragma once

#include "actor.h"
#include "clock.h"
#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace qaytish {

// A text the mission writes in each language of its documents.
struct LocalizedText {
    QString uz; // Uzbek (Latin)
    QString ru;
    QString en;
    // The text in a language ("uz", "ru" or "en"; Uzbek Cyrillic documents use "uz").
    QString in(const QString &language) const;
    bool operator==(const LocalizedText &) const = default;
};

// The settings of the consular post (DESIGN.md, Mission settings). Stored in the register's
// mission_setting table, one key per field; a missing key has the default below.
struct MissionSettings {
    QString country;             // ICAO code of the host country, e.g. "USA"
    LocalizedText missionName;   // e.g. "Embassy of the Republic of Uzbekistan in the USA"
    LocalizedText city;          // e.g. "Washington"
    QString headOfMission;       // name as printed under the signature line
    LocalizedText documentTitle; // the Certificate of Return's title
    QString numberPrefix = QStringLiteral("WAS"); // certificate numbers: PREFIX-YYYY-NNNNNN
    int defaultValidityDays = 30;                 // 30 to 92 (one to three months)
    int passportMarginDays = 0; // an expired passport may serve this many days (DOMAIN.md)
    QString dutyAdult = QStringLiteral("60"); // state duty, decimal text
    QString dutyMinor = QStringLiteral("10");
    QString dutyCurrency = QStringLiteral("USD");
    QString paperSize = QStringLiteral("a4"); // "a4" or "letter"
    bool englishOnDocuments = false;          // Uzbek and Russian always
    int photoWidth = 413;                     // stored photo, pixels (3.5 cm at 300 dpi)
    int photoHeight = 531;                    // 4.5 cm at 300 dpi
    int photoMinWidth = 280;                  // smallest accepted crop, pixels
    int photoMinHeight = 360;
    int identityOverdueDays = 60; // an identity check waiting longer is overdue
    // The register window counts travel documents whose last valid day is this near.
    int documentExpiryWindowDays = 30;
    int safetyCopiesKept = 7; // daily safety copies of the register kept (SafetyCopies)
    // Returned and closed cases are anonymised this many years after they were closed
    // (Retention), when every case of the person is past it.
    int retentionYears = 5;

    static constexpr int MinValidityDays = 30;
    static constexpr int MaxValidityDays = 92;

    static MissionSettings defaults();
    bool operator==(const MissionSettings &) const = default;
};

// Reads and writes the settings; writes go through ChangeWriter in one transaction.
class MissionSettingsStore {
    Q_DECLARE_TR_FUNCTIONS(MissionSettingsStore)
public:
    MissionSettingsStore(const Database &db, const Clock &clock);

    Result<MissionSettings> load() const;
    // Validates, then writes every field that changed. Returns the errors with the field key.
    Status save(const Actor &actor, const MissionSettings &settings);
    // What is wrong with the settings, or nothing.
    static Status validate(const MissionSettings &settings);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace qaytish
