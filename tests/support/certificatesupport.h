#pragma once

// A register with a case whose identity the authorities at home confirmed, ready for a
// Certificate of Return, and a photo file to give it. Shared by the certificate tests.

#include "core/caserepository.h"
#include "core/missionsettings.h"
#include "support/testsupport.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QTimeZone>

namespace qaytish::test {

// The date the CLI runner fixes (clirunner.h) and the certificate tests use.
inline QDateTime certificateNow() {
    return QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc());
}

// A confirmed case: names with oʻ gʻ and ў қ ғ ҳ, in both scripts. Returns its reference.
inline QString confirmedCase(const Database &db, const Clock &clock,
                             const QString &surname = QStringLiteral("Gʻulomov"),
                             const QString &surnameCyrillic = QStringLiteral("Ғуломов"),
                             const QString &passport = QString()) {
    CaseRepository repo(db, clock);
    CaseRecord record = sampleCase(surname, surnameCyrillic);
    record.person.givenNames = QStringLiteral("Shuhrat Qobil");
    record.person.givenNamesCyrillic = QStringLiteral("Шуҳрат Қобил");
    record.person.passportNumber = passport;
    if (passport.isEmpty()) {
        record.person.passportIssueDate = QDate();
        record.person.passportExpiryDate = QDate();
    }
    const Actor officer{QStringLiteral("k.rahimova")};
    Result<CaseRepository::SaveResult> saved = repo.create(officer, record);
    if (!saved)
        return {};
    Result<IdentityRequest> request = repo.addIdentityRequest(
        officer, saved->record.id, QStringLiteral("07/1234"), QDate(2026, 3, 1));
    if (!request)
        return {};
    if (!repo.recordIdentityReply(officer, request->id, QStringLiteral("R-9"), QDate(2026, 3, 10),
                                  QStringLiteral("confirmed")))
        return {};
    return saved->record.caseRef;
}

// Settings with a head of mission and English on documents.
inline bool setMissionSettings(const Database &db, const Clock &clock, bool english = true) {
    MissionSettings s = MissionSettings::defaults();
    s.headOfMission = QStringLiteral("Bahodir Yoʻldoshev");
    s.englishOnDocuments = english;
    return MissionSettingsStore(db, clock).save(Actor{QStringLiteral("admin")}, s).ok();
}

// A portrait-like picture of a size (needs Qt Gui; no display).
inline QImage portrait(int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0xdd, 0xe6, 0xf0));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x4a, 0x5a, 0x6e));
    p.drawEllipse(QRectF(width * 0.15, height * 0.62, width * 0.7, height * 0.6)); // shoulders
    p.setBrush(QColor(0xe0, 0xb0, 0x90));
    p.drawEllipse(QRectF(width * 0.32, height * 0.22, width * 0.36, height * 0.42)); // face
    p.setBrush(QColor(0x2b, 0x22, 0x1c));
    p.drawChord(QRectF(width * 0.3, height * 0.18, width * 0.4, height * 0.3), 0, 180 * 16);
    return image;
}

} // namespace qaytish::test
