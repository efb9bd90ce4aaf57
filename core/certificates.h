#pragma once

#include "actor.h"
#include "caserecord.h"
#include "clock.h"
#include "database.h"
#include "missionsettings.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qaytish {

// One Certificate of Return as the register keeps it (table certificate): the person's data
// is the confirmed record as printed, the photo the one printed.
struct Certificate {
    qint64 id = 0;
    QString uuid;
    QString number; // PREFIX-YYYY-NNNNNN
    QString prefix;
    int year = 0;
    int sequence = 0;
    qint64 caseId = 0;
    QString caseRef;
    qint64 personId = 0;
    QString status; // valid, spoiled, cancelled, used (codes, never translated)
    QString surname;
    QString givenNames;
    QString patronymic;
    QString surnameCyrillic;
    QString givenNamesCyrillic;
    QString patronymicCyrillic;
    QString sex;
    QDate birthDate;
    QString birthPlace;
    QString pinfl;
    QByteArray photo; // JPEG
    QDate issueDate;
    QDate validUntil;
    QString issuedBy;
    QString headOfMission;
    QString dutyAmount;
    QString dutyCurrency;
    QString receiptNumber;
    QString exemptionReason;
    QString payload; // the signed QR payload (core/signing.h)
    QString keyId;
    QString voidReason;
    QString voidedBy;
    QDateTime voidedAt;
    QDateTime createdAt;

    QString fullNameLatin() const;
    QString fullNameCyrillic() const;
    // Valid and not past its valid-until date.
    bool isValidOn(const QDate &day) const;
};

// What the officer asks for when issuing.
struct CertificateRequest {
    qint64 caseId = 0;
    int validDays = 0; // 0: the mission's default
    QString receiptNumber;
    QString exemptionReason;
};

// The register of Certificates of Return: numbering, issuing, spoiling, listing.
class CertificateRegister {
    Q_DECLARE_TR_FUNCTIONS(CertificateRegister)
public:
    CertificateRegister(const Database &db, const Clock &clock);

    static QStringList statusCodes(); // valid, spoiled, cancelled, used
    static QString statusDisplayName(const QString &code);

    // Everything that stands in the way of issuing, each with its field (empty: none).
    Result<QList<Error>> problems(const CertificateRequest &request) const;

    // Issues a certificate in one transaction, with synchronous=FULL for it: the next number
    // of the prefix and year, the certificate row with the confirmed record and the photo,
    // the signed QR payload, and the case's step identity_confirmed -> document_issued with
    // its history. The PDF is drawn from the stored row afterwards (documents/), so a
    // failure there never costs or repeats a number.
    Result<Certificate> issue(const Actor &actor, const CertificateRequest &request);

    // Marks a blank spoiled or a certificate cancelled ("spoiled" or "cancelled"), with the
    // reason; it stays in the register. A case in document_issued whose certificate that was
    // goes back to identity_confirmed, so that it can receive a new one.
    Result<Certificate> voidCertificate(const Actor &actor, const QString &number,
                                        const QString &status, const QString &reason);

    Result<Certificate> byNumber(const QString &number) const;
    // Every certificate of a case, newest first.
    Result<QList<Certificate>> forCase(qint64 caseId) const;
    // The register, newest first; search matches the number, the case reference or the
    // names in any script; an empty status means every status. Photos are not loaded.
    Result<QList<Certificate>> list(const QString &search, const QString &status = QString(),
                                    int limit = 10000) const;

    // The register as CSV (UTF-8 with BOM), written and recorded through ExportLog. See
    // docs/ARCHITECTURE.md for why the columns are what they are. Returns the rows written.
    Result<qint64> exportCsv(const Actor &actor, const QString &path,
                             const QString &search = QString(),
                             const QString &status = QString()) const;

    // The valid, unexpired certificate of the case's person on a day, if any.
    Result<std::optional<Certificate>> validForCase(qint64 caseId, const QDate &day) const;

    static QStringList csvColumns();

private:
    Result<QList<Certificate>> select(const QString &where, const QVariantList &values,
                                      bool withPhoto, int limit = -1) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace qaytish
