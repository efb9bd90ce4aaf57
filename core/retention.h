#pragma once

#include "actor.h"
#include "clock.h"
#include "database.h"
#include "result.h"
#include "safetycopies.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace qaytish {

class ChangeWriter;

// A person whose every case is returned or closed for longer than the retention period.
struct RetentionCandidate {
    qint64 personId = 0;
    QStringList caseRefs; // every case of the person
    QStringList statuses; // per case, codes
    QDate closedOn;       // the latest day one of the cases was returned or closed
};

// Exactly what applying the retention period would change, before anything is changed.
struct RetentionPreview {
    QDate today;
    int years = 0;
    QDate cutoff; // cases closed before this day are past the period
    QList<RetentionCandidate> persons;
    qint64 safetyCopies = 0; // copies beside the register that still hold the old data
};

// What applying did.
struct RetentionOutcome {
    int anonymised = 0;
    // When someone was anonymised: the safety copies renewed, since those made before still
    // held the removed data (SafetyCopies::renewAfterRetention).
    std::optional<SafetyCopiesRenewal> copies;
};

// Retention (DESIGN.md, "The people in the register come first"; issue of data protection):
// the register keeps a person's data only as long as the return needs it. An administrator
// previews, then applies: every previewed person still past the period is anonymised.
//
// Anonymising keeps the statistics (the cases, their dates and statuses, sex, nationality,
// visa class, custody) and removes names in both scripts, birth date and place, identifiers
// (PINFL, passport, host reference), contacts, family group, notes and comments, operational
// needs, interview details, receivers at home, the photo, the names and photo on
// certificates (their numbers, dates and statuses stay in the register of documents) and the
// person's key to the audit trail, so that the values sealed with it there can never be read
// again while the hash chain stays verifiable. Every change goes through the single write
// path and is an entry of the audit trail. SQLite's secure_delete is on during the work and
// the name index is rebuilt, so that no removed value stays in the file's free space; the
// safety copies beside the register, which still hold it, are replaced by a new one.
class Retention {
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    static Result<RetentionPreview> preview(const Database &db, const Clock &clock,
                                            const Actor &actor);
    // Anonymises the previewed persons that are still past the period when applied (a case
    // reopened meanwhile keeps its person), then renews the safety copies.
    static Result<RetentionOutcome> apply(const Database &db, const Clock &clock,
                                          const Actor &actor, const RetentionPreview &preview);
    // What anonymising clears, as the preview shows it (translated).
    static QStringList clearedData();
    // What the preview says of the copies that hold the data beside and outside the register
    // (translated); empty when nobody would be anonymised.
    static QString copiesNotice(const RetentionPreview &preview);
    // What became of those copies after applying (translated lines).
    static QStringList copiesOutcome(const RetentionOutcome &outcome);

private:
    static Result<QList<RetentionCandidate>> due(const Database &db, const QDate &cutoff);
    static Status anonymise(ChangeWriter &writer, qint64 personId);
};

} // namespace qaytish
