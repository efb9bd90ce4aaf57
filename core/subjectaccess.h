#pragma once

#include "actor.h"
#include "auditlog.h"
#include "caserecord.h"
#include "certificates.h"
#include "clock.h"
#include "database.h"
#include "personphoto.h"
#include "result.h"
#include "returnlists.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace qaytish {

// One return list a case of the person was on, with the person's own row of it.
struct SubjectAccessListEntry {
    ReturnList list; // flight, carrier, date, route, status (passengerCount not filled)
    bool removed = false;
    QString removedReason;
    ReceptionData reception;
    std::optional<bool> boarded;
    QString notBoardedReason;
    struct Override {
        QString code; // a warning code of ReturnListRepository::warningCodes()
        QString reason;
        QString actor;
        QDateTime at;
    };
    QList<Override> overrides; // warnings about this person a consul overrode on the list
};

// Everything the register holds about one case of the person.
struct SubjectAccessCase {
    CaseRecord record; // needs empty and needsWithheld set when the reader may not see them
    QList<StatusChange> history;
    QList<IdentityRequest> requests;
    QList<Interview> interviews;
    std::optional<ConfirmedIdentity> confirmed; // the record confirmed at home, if any
    QList<Certificate> certificates;            // with the photo as printed
    QList<SubjectAccessListEntry> returnLists;
};

// Another person row recorded as the same person (person_link). Only keys: the other row's
// data is not this person's record as the register holds it.
struct SubjectAccessLink {
    qint64 personId = 0;
    QStringList caseRefs;
    QString linkedBy;
    QDateTime linkedAt;
};

// The answer to a subject-access request (DOMAIN.md, Personal data): everything the register
// holds about the person of a case.
struct SubjectAccessReport {
    QString requestedCaseRef;
    qint64 requestedCaseId = 0;
    PersonRecord person;
    std::optional<PersonPhoto> photo;
    QList<SubjectAccessCase> cases; // every case of the person, oldest first
    QList<SubjectAccessLink> links;
    QList<AuditEntry> audit; // entries about the person, oldest first
    QString madeBy;          // the reader's account name
    QDateTime madeAt;        // UTC
    QDate today;             // for overstay days

    bool needsWithheld() const; // some case's needs were withheld from the reader
};

// Gathers, writes and records the answer to a subject-access request. The JSON is written
// here; the PDF in documents/subjectaccesspdf, from the same report.
class SubjectAccess {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccess)
public:
    // Everything about the person of the case. Needs the right to read cases. Operational
    // needs follow CaseRepository::maySeeNeeds (withheld, and said to be withheld, for a
    // reader who may not see them; their values in the audit entries too). Reading for an
    // export is recorded once, as the export (recordExport), not as an opening.
    static Result<SubjectAccessReport> gather(const Database &db, const Clock &clock,
                                              const Actor &reader, qint64 caseId);
    static Result<SubjectAccessReport> gatherByRef(const Database &db, const Clock &clock,
                                                   const Actor &reader, const QString &caseRef);

    // The stable JSON (keys never translated): each case as `show --json` gives it, plus
    // its confirmed record, certificates and return lists; the photo inline as base64.
    static QJsonObject toJson(const SubjectAccessReport &report);
    static QByteArray jsonBytes(const SubjectAccessReport &report);

    // "pdf" or "json" by the file's extension (case ignored); any other is refused.
    static Result<QString> formatFor(const QString &filePath);

    // Writes `bytes` to the file atomically and records the export in the audit trail: both
    // or neither (the audit entry is written in a transaction that commits only when the
    // file was written; a file that cannot be recorded is not left behind).
    static Status save(const Database &db, const Clock &clock, const Actor &reader,
                       const SubjectAccessReport &report, const QString &format,
                       const QByteArray &bytes, const QString &filePath);

private:
    // The one audit entry of an export: an "export" of the requested case's record, which
    // the audit trail files under the person.
    static Status recordExport(const Database &db, const Clock &clock, const Actor &reader,
                               const SubjectAccessReport &report, const QString &what);
};

} // namespace qaytish
