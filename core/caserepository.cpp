#include "caserepository.h"

#include "changewriter.h"
#include "dates.h"
#include "identifiers.h"
#include "missionsettings.h"
#include "names.h"
#include "workflow.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace qaytish {

namespace {

QVariant dateValue(const QDate &d) {
    return d.isValid() ? QVariant(dates::toIso(d)) : QVariant();
}

QDate readDate(const QSqlQuery &q, const QString &column) {
    return dates::fromIso(q.value(column).toString());
}

QDateTime readDateTime(const QSqlQuery &q, const QString &column) {
    QDateTime dt = dates::fromIsoDateTime(q.value(column).toString());
    return dt;
}

// searchKey() of one name part, remembered per thread: bulk writers meet the same names
// again and again, and the keys are pure functions of the text. The cache is bounded.
QString cachedSearchKey(const QString &part) {
    thread_local QHash<QString, QString> cache;
    const auto found = cache.constFind(part);
    if (found != cache.cend())
        return found.value();
    if (cache.size() >= 4096)
        cache.clear();
    const QString key = names::searchKey(part);
    cache.insert(part, key);
    return key;
}

QString uniqueWords(const QStringList &parts) {
    QStringList words;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        const QStringList keyWords = cachedSearchKey(part).split(u' ', Qt::SkipEmptyParts);
        for (const QString &w : keyWords) {
            if (!words.contains(w))
                words << w;
        }
    }
    return words.join(u' ');
}

// The derived name columns of a person, remembered per thread for the same names.
struct NameKeys {
    QString latinSort;
    QString cyrillicSort;
    QString search;
};

NameKeys nameKeys(const PersonRecord &p) {
    // The six parts themselves make the key: the search key is built from each part.
    const QChar separator(u'\0');
    const QString cacheKey = p.surname + separator + p.givenNames + separator + p.patronymic +
                             separator + p.surnameCyrillic + separator + p.givenNamesCyrillic +
                             separator + p.patronymicCyrillic;
    thread_local QHash<QString, NameKeys> cache;
    const auto found = cache.constFind(cacheKey);
    if (found != cache.cend())
        return found.value();
    if (cache.size() >= 4096)
        cache.clear();
    const QString latin = names::joinFullName(p.surname, p.givenNames, p.patronymic);
    const QString cyrillic =
        names::joinFullName(p.surnameCyrillic, p.givenNamesCyrillic, p.patronymicCyrillic);
    NameKeys keys{names::latinSortKey(latin), names::cyrillicSortKey(cyrillic),
                  uniqueWords({p.surname, p.givenNames, p.patronymic, p.surnameCyrillic,
                               p.givenNamesCyrillic, p.patronymicCyrillic})};
    cache.insert(cacheKey, keys);
    return keys;
}

QVariantMap zip(const QStringList &names, const QVariantList &values) {
    Q_ASSERT(names.size() == values.size());
    QVariantMap map;
    for (qsizetype i = 0; i < names.size(); ++i)
        map.insert(names.at(i), values.at(i));
    return map;
}

// The case columns an editor changes, in the order of caseValues().
const QStringList &caseColumnNames() {
    static const QStringList names = {
        QStringLiteral("host_reference"),
        QStringLiteral("visa_class"),
        QStringLiteral("entry_date"),
        QStringLiteral("authorized_until"),
        QStringLiteral("authorized_ds"),
        QStringLiteral("custody"),
        QStringLiteral("facility"),
        QStringLiteral("needs"),
        QStringLiteral("consent_contact_relatives"),
        QStringLiteral("consent_share_lawyer"),
        QStringLiteral("legal_representative"),
        QStringLiteral("return_wish"),
        QStringLiteral("assigned_officer"),
        QStringLiteral("notes"),
        QStringLiteral("host_request_reference"),
        QStringLiteral("host_request_officer"),
        QStringLiteral("host_request_date"),
        QStringLiteral("host_order_date"),
        QStringLiteral("host_order_type"),
        QStringLiteral("removal_stayed"),
        QStringLiteral("do_not_board"),
        QStringLiteral("hold_note"),
        QStringLiteral("consent_contact_relatives_on"),
        QStringLiteral("consent_contact_relatives_form"),
        QStringLiteral("consent_share_lawyer_on"),
        QStringLiteral("consent_share_lawyer_form"),
        QStringLiteral("objects_to_consular_action"),
        QStringLiteral("objection_on"),
        QStringLiteral("objection_note"),
    };
    return names;
}

QVariantList caseValues(const CaseRecord &r, qsizetype reserve = 0) {
    QVariantList values;
    values.reserve(caseColumnNames().size() + reserve);
    values << r.hostReference << r.visaClass << dateValue(r.entryDate)
           << dateValue(r.authorizedUntil) << (r.durationOfStatus ? 1 : 0) << r.custody
           << r.facility << r.needs.join(u',') << (r.consentContactRelatives ? 1 : 0)
           << (r.consentShareWithLawyer ? 1 : 0) << r.legalRepresentative << r.returnWish
           << r.assignedOfficer << r.notes << r.hostRequest.reference << r.hostRequest.officer
           << dateValue(r.hostRequest.receivedDate) << dateValue(r.hostRequest.orderDate)
           << r.hostRequest.orderType << (r.removalStayed ? 1 : 0) << (r.doNotBoard ? 1 : 0)
           << r.holdNote << dateValue(r.consentContactRelativesOn) << r.consentContactRelativesForm
           << dateValue(r.consentShareWithLawyerOn) << r.consentShareWithLawyerForm
           << (r.objectsToConsularAction ? 1 : 0) << dateValue(r.objectionOn) << r.objectionNote;
    return values;
}

const QString CaseSelect = QStringLiteral(
    "SELECT c.*, p.id AS p_id, p.uuid AS p_uuid, p.surname, p.given_names, p.patronymic, "
    "p.surname_cyrillic, p.given_names_cyrillic, p.patronymic_cyrillic, p.sex, p.birth_date, "
    "p.birth_place, p.nationality, p.pinfl, p.passport_number, p.passport_issue_date, "
    "p.passport_expiry_date, p.contact_abroad, p.contact_home, p.family_group, "
    "p.anonymised_at FROM return_case c JOIN person p ON p.id = c.person_id ");

} // namespace

const QStringList &personColumnNames() {
    static const QStringList names = {
        QStringLiteral("surname"),
        QStringLiteral("given_names"),
        QStringLiteral("patronymic"),
        QStringLiteral("surname_cyrillic"),
        QStringLiteral("given_names_cyrillic"),
        QStringLiteral("patronymic_cyrillic"),
        QStringLiteral("sex"),
        QStringLiteral("birth_date"),
        QStringLiteral("birth_place"),
        QStringLiteral("nationality"),
        QStringLiteral("pinfl"),
        QStringLiteral("passport_number"),
        QStringLiteral("passport_issue_date"),
        QStringLiteral("passport_expiry_date"),
        QStringLiteral("contact_abroad"),
        QStringLiteral("contact_home"),
        QStringLiteral("family_group"),
        QStringLiteral("name_latin_sort"),
        QStringLiteral("name_cyrillic_sort"),
        QStringLiteral("search_key"),
    };
    return names;
}

QVariantList personValues(const PersonRecord &p) {
    const NameKeys keys = nameKeys(p);
    QVariantList values;
    values.reserve(personColumnNames().size() + 1);
    values << p.surname << p.givenNames << p.patronymic << p.surnameCyrillic << p.givenNamesCyrillic
           << p.patronymicCyrillic << p.sex << dateValue(p.birthDate) << p.birthPlace
           << p.nationality << p.pinfl << p.passportNumber << dateValue(p.passportIssueDate)
           << dateValue(p.passportExpiryDate) << p.contactAbroad << p.contactHome << p.familyGroup
           << keys.latinSort << keys.cyrillicSort << keys.search;
    return values;
}

QVariantMap personColumns(const PersonRecord &p) {
    return zip(personColumnNames(), personValues(p));
}

QVariantMap confirmedIdentityColumns(const PersonRecord &p) {
    return {
        {QStringLiteral("surname"), p.surname},
        {QStringLiteral("given_names"), p.givenNames},
        {QStringLiteral("patronymic"), p.patronymic},
        {QStringLiteral("surname_cyrillic"), p.surnameCyrillic},
        {QStringLiteral("given_names_cyrillic"), p.givenNamesCyrillic},
        {QStringLiteral("patronymic_cyrillic"), p.patronymicCyrillic},
        {QStringLiteral("sex"), p.sex},
        {QStringLiteral("birth_date"), dateValue(p.birthDate)},
        {QStringLiteral("birth_place"), p.birthPlace},
        {QStringLiteral("pinfl"), p.pinfl},
    };
}

QVariantMap caseColumns(const CaseRecord &r) {
    return zip(caseColumnNames(), caseValues(r));
}

QStringList caseValueColumns(const CaseRecord &r) {
    // Eight variants, built once: the write path compares column lists, and a list that
    // shares its data compares at once.
    static const QList<QStringList> variants = [] {
        QList<QStringList> out;
        for (int v = 0; v < 8; ++v) {
            QStringList names = caseColumnNames();
            names << QStringLiteral("status") << QStringLiteral("status_rank");
            if (v & 1)
                names << QStringLiteral("uuid");
            if (v & 2)
                names << QStringLiteral("created_at");
            if (v & 4)
                names << QStringLiteral("updated_at");
            names << QStringLiteral("case_ref") << QStringLiteral("person_id");
            out << names;
        }
        return out;
    }();
    const int v = (r.uuid.isEmpty() ? 0 : 1) | (r.createdAt.isValid() ? 2 : 0) |
                  (r.updatedAt.isValid() ? 4 : 0);
    return variants.at(v);
}

Result<QString> CaseRefBlock::next(ChangeWriter &writer) {
    if (m_stored < 0) {
        Result<QSqlQuery *> q = writer.run(
            QStringLiteral("SELECT coalesce(max(last), 0) FROM case_ref_counter WHERE year = ?"),
            {m_year});
        if (!q)
            return q.error();
        if (!q.value()->next())
            return Database::errorFromSql(q.value()->lastError(), writer.path());
        m_stored = q.value()->value(0).toInt();
        q.value()->finish();
        m_last = m_stored;
        m_prefix = QStringLiteral("QY-%1-").arg(m_year);
    }
    ++m_last;
    // As writeCase() formats a reference ("QY-2026-000042"), without QString::arg() per case.
    QString sequence = QString::number(m_last);
    if (sequence.size() < 6)
        sequence.prepend(QString(6 - sequence.size(), u'0'));
    return m_prefix + sequence;
}

Status CaseRefBlock::finish(ChangeWriter &writer) {
    if (m_stored < 0 || m_last == m_stored)
        return {};
    Result<QSqlQuery *> q =
        writer.run(QStringLiteral("INSERT INTO case_ref_counter (year, last) VALUES (?, ?) "
                                  "ON CONFLICT (year) DO UPDATE SET last = excluded.last"),
                   {m_year, m_last});
    if (!q)
        return q.error();
    m_stored = m_last;
    return {};
}

CaseRepository::CaseRepository(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

CaseRecord CaseRepository::normalized(CaseRecord r) {
    auto latin = [](const QString &s) {
        return names::normalizeLatinApostrophes(s.simplified());
    };
    PersonRecord &p = r.person;
    p.surname = latin(p.surname);
    p.givenNames = latin(p.givenNames);
    p.patronymic = latin(p.patronymic);
    p.surnameCyrillic = p.surnameCyrillic.simplified();
    p.givenNamesCyrillic = p.givenNamesCyrillic.simplified();
    p.patronymicCyrillic = p.patronymicCyrillic.simplified();
    p.sex = p.sex.trimmed().toUpper();
    p.birthPlace = p.birthPlace.simplified();
    p.nationality = p.nationality.trimmed().toUpper();
    p.pinfl = p.pinfl.simplified().remove(u' ');
    p.passportNumber = identifiers::normalizePassportNumber(p.passportNumber);
    p.contactAbroad = p.contactAbroad.trimmed();
    p.contactHome = p.contactHome.trimmed();
    p.familyGroup = p.familyGroup.simplified();
    if (const auto a = identifiers::normalizeANumber(r.hostReference))
        r.hostReference = *a;
    else
        r.hostReference = r.hostReference.trimmed();
    r.visaClass = r.visaClass.simplified().toUpper();
    r.facility = r.facility.simplified();
    r.legalRepresentative = r.legalRepresentative.trimmed();
    r.assignedOfficer = r.assignedOfficer.simplified();
    r.notes = r.notes.trimmed();
    r.holdNote = r.holdNote.simplified();
    r.objectionNote = r.objectionNote.trimmed();
    // A consent withdrawn keeps no day or form of its own (the audit trail has them).
    if (!r.consentContactRelatives) {
        r.consentContactRelativesOn = QDate();
        r.consentContactRelativesForm.clear();
    }
    if (!r.consentShareWithLawyer) {
        r.consentShareWithLawyerOn = QDate();
        r.consentShareWithLawyerForm.clear();
    }
    if (!r.objectsToConsularAction) {
        r.objectionOn = QDate();
        r.objectionNote.clear();
    }
    r.hostRequest.reference = r.hostRequest.reference.simplified();
    r.hostRequest.officer = r.hostRequest.officer.simplified();
    if (r.durationOfStatus)
        r.authorizedUntil = QDate();
    r.needs.removeDuplicates();
    r.needs.sort();
    return r;
}

static Error validationError(const ValidationIssues &issues) {
    QStringList messages;
    QString field;
    for (const ValidationIssue &i : issues) {
        if (!i.isError())
            continue;
        if (field.isEmpty())
            field = i.field;
        messages << i.message; // each message names its field in words
    }
    return Error::make(ErrorKind::BadInput, messages.join(u'\n'), field);
}

static ValidationIssues warningsOf(const ValidationIssues &issues) {
    ValidationIssues out;
    for (const ValidationIssue &i : issues) {
        if (!i.isError())
            out << i;
    }
    return out;
}

Result<qint64> CaseRepository::insertStatusChange(ChangeWriter &writer, qint64 caseId,
                                                  const QString &from, const QString &to,
                                                  const QString &comment) {
    Result<ChangeWriter::Shape> shape =
        writer.insertShape(QStringLiteral("status_history"), statusHistoryColumns());
    if (!shape)
        return shape.error();
    return writer.insertRow(shape.value(), {caseId, writer.nowText(), writer.actor().name, from, to,
                                            comment.trimmed()});
}

const QStringList &statusHistoryColumns() {
    static const QStringList names = {QStringLiteral("case_id"),   QStringLiteral("at"),
                                      QStringLiteral("actor"),     QStringLiteral("from_status"),
                                      QStringLiteral("to_status"), QStringLiteral("comment")};
    return names;
}

PreparedCase CaseRepository::prepareCase(const CaseRecord &input, const QDate &today, bool derive) {
    PreparedCase prepared;
    prepared.record = normalized(input);
    prepared.issues = CaseValidator::validate(prepared.record, today);
    if (derive && !hasErrors(prepared.issues)) {
        const CaseRecord &r = prepared.record;
        prepared.person = personValues(r.person);
        QVariantList &values = prepared.values;
        values = caseValues(r, 7);
        values << CaseStatusInfo::code(r.status) << CaseStatusInfo::rank(r.status);
        if (!r.uuid.isEmpty())
            values << r.uuid;
        // Bulk writers (the demo, later imports) may give the times of the case's own history.
        if (r.createdAt.isValid())
            values << dates::toIsoDateTime(r.createdAt);
        if (r.updatedAt.isValid())
            values << dates::toIsoDateTime(r.updatedAt);
    }
    return prepared;
}

Result<qint64> CaseRepository::writeCase(ChangeWriter &writer, PreparedCase &prepared,
                                         const QDate &today, CaseRefBlock *refs) {
    Q_ASSERT(!hasErrors(prepared.issues));
    CaseRecord &record = prepared.record;
    if (prepared.person.isEmpty())
        prepared = prepareCase(record, today);

    if (refs) {
        Result<QString> ref = refs->next(writer);
        if (!ref)
            return ref.error();
        record.caseRef = ref.value();
    } else {
        // The next reference of this year; the counter never goes back, so a reference is
        // never given twice.
        const int year = today.year();
        Result<QSqlQuery *> counter = writer.run(
            QStringLiteral("INSERT INTO case_ref_counter (year, last) VALUES (?, 1) "
                           "ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last"),
            {year});
        if (!counter)
            return counter.error();
        QSqlQuery *q = counter.value();
        if (!q->next())
            return Database::errorFromSql(q->lastError(), writer.path());
        const int sequence = q->value(0).toInt();
        q->finish();
        record.caseRef =
            QStringLiteral("QY-%1-%2").arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
    }

    static const QStringList personWithUuid =
        personColumnNames() + QStringList{QStringLiteral("uuid")};
    const bool personUuid = !record.person.uuid.isEmpty();
    Result<ChangeWriter::Shape> personShape = writer.insertShape(
        QStringLiteral("person"), personUuid ? personWithUuid : personColumnNames());
    if (!personShape)
        return personShape.error();
    if (personUuid)
        prepared.person << record.person.uuid;
    Result<qint64> personId = writer.insertRow(personShape.value(), prepared.person);
    if (!personId)
        return personId.error();
    record.person.id = personId.value();

    Result<ChangeWriter::Shape> caseShape =
        writer.insertShape(QStringLiteral("return_case"), caseValueColumns(record));
    if (!caseShape)
        return caseShape.error();
    prepared.values << record.caseRef << record.person.id;
    Result<qint64> caseId = writer.insertRow(caseShape.value(), prepared.values);
    if (!caseId)
        return caseId.error();
    record.id = caseId.value();
    return record.id;
}

Result<CaseRepository::SaveResult> CaseRepository::insertCase(ChangeWriter &writer,
                                                              const CaseRecord &input,
                                                              const QDate &today,
                                                              bool writeHistory) {
    PreparedCase prepared = prepareCase(input, today);
    if (hasErrors(prepared.issues))
        return validationError(prepared.issues);
    Result<qint64> caseId = writeCase(writer, prepared, today);
    if (!caseId)
        return caseId.error();
    const CaseRecord &record = prepared.record;

    if (writeHistory) {
        Result<qint64> history = insertStatusChange(writer, record.id, QString(),
                                                    CaseStatusInfo::code(record.status), QString());
        if (!history)
            return history.error();
    }

    SaveResult result;
    result.record = record;
    result.changes = writer.takeChanges();
    result.warnings = warningsOf(prepared.issues);
    return result;
}

Result<CaseRepository::SaveResult> CaseRepository::create(const Actor &actor,
                                                          const CaseRecord &record) {
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::EditCases);
    if (Status allowed = writer.permitted(); !allowed)
        return allowed.error();
    Result<SaveResult> saved = Error();
    Status s = m_db.transaction([&]() -> Status {
        CaseRecord fresh = record;
        fresh.status = CaseStatus::Registered;
        // A new case is its author's until a consul assigns it: they see the needs they
        // recorded.
        if (fresh.assignedOfficer.trimmed().isEmpty() && actor.signedIn())
            fresh.assignedOfficer = actor.name;
        saved = insertCase(writer, fresh, m_clock.today());
        if (!saved)
            return saved.error();
        return {};
    });
    if (!s)
        return s.error();
    Result<CaseRecord> stored = load(saved->record.id);
    if (!stored)
        return stored.error();
    saved->record = stored.value();
    return saved;
}

Result<CaseRepository::SaveResult> CaseRepository::update(const Actor &actor,
                                                          const CaseRecord &input) {
    if (input.id <= 0)
        return Error::make(ErrorKind::Internal, tr("A case without an id cannot be updated."));
    CaseRecord record = normalized(input);
    const ValidationIssues issues = CaseValidator::validate(record, m_clock.today());
    if (hasErrors(issues))
        return validationError(issues);

    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::EditCases);
    if (Status allowed = writer.permitted(); !allowed)
        return allowed.error();
    Status s = m_db.transaction([&]() -> Status {
        Result<CaseRecord> current = load(record.id);
        if (!current)
            return current.error();
        if (current->person.anonymisedAt.isValid())
            return Error::make(
                ErrorKind::BadInput,
                tr("Case %1 was anonymised on %2 under the mission's retention "
                   "period: it can no longer be changed.")
                    .arg(current->caseRef, dates::format(current->person.anonymisedAt.date())));
        // Needs the reader could not see are kept as stored, and only a consul assigns.
        Result<bool> seesNeeds = maySeeNeeds(actor, current.value());
        if (!seesNeeds)
            return seesNeeds.error();
        if (!seesNeeds.value())
            record.needs = current->needs;
        if (record.assignedOfficer.trimmed().compare(current->assignedOfficer.trimmed(),
                                                     Qt::CaseInsensitive) != 0) {
            if (Status s = Permissions::check(m_db.connection(), m_db.path(), actor,
                                              Permission::AssignCases);
                !s)
                return s;
        }
        Result<QList<FieldChange>> personChanges = writer.update(
            QStringLiteral("person"), current->person.id, personColumns(record.person));
        if (!personChanges)
            return personChanges.error();
        QVariantMap values = caseColumns(record);
        if (!personChanges->isEmpty()) // the case's "last change" covers its person
            values.insert(QStringLiteral("updated_at"), writer.nowText());
        Result<QList<FieldChange>> caseChanges =
            writer.update(QStringLiteral("return_case"), record.id, values);
        if (!caseChanges)
            return caseChanges.error();
        return {};
    });
    if (!s)
        return s.error();
    Result<CaseRecord> stored = load(record.id);
    if (!stored)
        return stored.error();
    SaveResult result;
    result.record = stored.value();
    result.changes = writer.takeChanges();
    result.warnings = warningsOf(issues);
    return result;
}

Result<CaseRecord> CaseRepository::loadWhere(const QString &condition,
                                             const QVariant &value) const {
    QSqlQuery q(m_db.connection());
    q.prepare(CaseSelect + condition);
    q.addBindValue(value);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    if (!q.next())
        return Error::make(ErrorKind::NotFound,
                           tr("There is no case %1 in the register.").arg(value.toString()),
                           QStringLiteral("case_ref"));
    CaseRecord r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.uuid = q.value(QStringLiteral("uuid")).toString();
    r.caseRef = q.value(QStringLiteral("case_ref")).toString();
    PersonRecord &p = r.person;
    p.id = q.value(QStringLiteral("p_id")).toLongLong();
    p.uuid = q.value(QStringLiteral("p_uuid")).toString();
    p.surname = q.value(QStringLiteral("surname")).toString();
    p.givenNames = q.value(QStringLiteral("given_names")).toString();
    p.patronymic = q.value(QStringLiteral("patronymic")).toString();
    p.surnameCyrillic = q.value(QStringLiteral("surname_cyrillic")).toString();
    p.givenNamesCyrillic = q.value(QStringLiteral("given_names_cyrillic")).toString();
    p.patronymicCyrillic = q.value(QStringLiteral("patronymic_cyrillic")).toString();
    p.sex = q.value(QStringLiteral("sex")).toString();
    p.birthDate = readDate(q, QStringLiteral("birth_date"));
    p.birthPlace = q.value(QStringLiteral("birth_place")).toString();
    p.nationality = q.value(QStringLiteral("nationality")).toString();
    p.pinfl = q.value(QStringLiteral("pinfl")).toString();
    p.passportNumber = q.value(QStringLiteral("passport_number")).toString();
    p.passportIssueDate = readDate(q, QStringLiteral("passport_issue_date"));
    p.passportExpiryDate = readDate(q, QStringLiteral("passport_expiry_date"));
    p.contactAbroad = q.value(QStringLiteral("contact_abroad")).toString();
    p.contactHome = q.value(QStringLiteral("contact_home")).toString();
    p.familyGroup = q.value(QStringLiteral("family_group")).toString();
    p.anonymisedAt = readDateTime(q, QStringLiteral("anonymised_at"));

    r.hostReference = q.value(QStringLiteral("host_reference")).toString();
    r.visaClass = q.value(QStringLiteral("visa_class")).toString();
    r.entryDate = readDate(q, QStringLiteral("entry_date"));
    r.authorizedUntil = readDate(q, QStringLiteral("authorized_until"));
    r.durationOfStatus = q.value(QStringLiteral("authorized_ds")).toInt() != 0;
    r.custody = q.value(QStringLiteral("custody")).toString();
    r.facility = q.value(QStringLiteral("facility")).toString();
    r.needs = q.value(QStringLiteral("needs")).toString().split(u',', Qt::SkipEmptyParts);
    r.consentContactRelatives = q.value(QStringLiteral("consent_contact_relatives")).toInt() != 0;
    r.consentShareWithLawyer = q.value(QStringLiteral("consent_share_lawyer")).toInt() != 0;
    r.consentContactRelativesOn = readDate(q, QStringLiteral("consent_contact_relatives_on"));
    r.consentContactRelativesForm =
        q.value(QStringLiteral("consent_contact_relatives_form")).toString();
    r.consentShareWithLawyerOn = readDate(q, QStringLiteral("consent_share_lawyer_on"));
    r.consentShareWithLawyerForm = q.value(QStringLiteral("consent_share_lawyer_form")).toString();
    r.objectsToConsularAction = q.value(QStringLiteral("objects_to_consular_action")).toInt() != 0;
    r.objectionOn = readDate(q, QStringLiteral("objection_on"));
    r.objectionNote = q.value(QStringLiteral("objection_note")).toString();
    r.legalRepresentative = q.value(QStringLiteral("legal_representative")).toString();
    r.returnWish = q.value(QStringLiteral("return_wish")).toString();
    r.assignedOfficer = q.value(QStringLiteral("assigned_officer")).toString();
    r.notes = q.value(QStringLiteral("notes")).toString();
    r.hostRequest.reference = q.value(QStringLiteral("host_request_reference")).toString();
    r.hostRequest.officer = q.value(QStringLiteral("host_request_officer")).toString();
    r.hostRequest.receivedDate = readDate(q, QStringLiteral("host_request_date"));
    r.hostRequest.orderDate = readDate(q, QStringLiteral("host_order_date"));
    r.hostRequest.orderType = q.value(QStringLiteral("host_order_type")).toString();
    r.removalStayed = q.value(QStringLiteral("removal_stayed")).toInt() != 0;
    r.doNotBoard = q.value(QStringLiteral("do_not_board")).toInt() != 0;
    r.holdNote = q.value(QStringLiteral("hold_note")).toString();
    r.status = CaseStatusInfo::fromCode(q.value(QStringLiteral("status")).toString())
                   .value_or(CaseStatus::Registered);
    r.createdAt = readDateTime(q, QStringLiteral("created_at"));
    r.updatedAt = readDateTime(q, QStringLiteral("updated_at"));
    return r;
}

Result<CaseRecord> CaseRepository::load(qint64 caseId) const {
    return loadWhere(QStringLiteral("WHERE c.id = ?"), caseId);
}

Result<CaseRecord> CaseRepository::loadByRef(const QString &caseRef) const {
    return loadWhere(QStringLiteral("WHERE c.case_ref = ?"), caseRef.trimmed().toUpper());
}

Result<std::optional<CaseRepository::CaseKeys>>
CaseRepository::keysOf(const QString &caseRef) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, person_id FROM return_case WHERE case_ref = ?"));
    q.addBindValue(caseRef.trimmed().toUpper());
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    if (!q.next())
        return std::optional<CaseKeys>();
    return std::optional<CaseKeys>(CaseKeys{q.value(0).toLongLong(), q.value(1).toLongLong()});
}

Result<bool> CaseRepository::maySeeNeeds(const Actor &actor, const CaseRecord &record) const {
    Result<Roles> roles = Permissions::effectiveRoles(m_db.connection(), m_db.path(), actor);
    if (!roles)
        return roles.error();
    if (Permissions::allows(roles.value(), Permission::SeeAllNeeds))
        return true;
    return roles->testFlag(Role::Officer) && !actor.name.isEmpty() &&
           record.assignedOfficer.trimmed().compare(actor.name, Qt::CaseInsensitive) == 0;
}

Result<CaseRecord> CaseRepository::forReader(const Actor &actor, Result<CaseRecord> record) const {
    if (Status s = Permissions::check(m_db.connection(), m_db.path(), actor, Permission::ReadCases);
        !s)
        return s.error();
    if (!record)
        return record;
    Result<bool> sees = maySeeNeeds(actor, record.value());
    if (!sees)
        return sees.error();
    if (!sees.value()) {
        record->needs.clear();
        record->needsWithheld = true;
    }
    // Every opening of a person's record is in the audit trail; a reading that cannot be
    // recorded is not given.
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::ReadCases);
    if (Status s = writer.logAccess(AuditAction::Open, QStringLiteral("return_case"), record->id,
                                    record->caseRef);
        !s)
        return s.error();
    return record;
}

Result<CaseRecord> CaseRepository::read(const Actor &actor, qint64 caseId) const {
    return forReader(actor, load(caseId));
}

Result<CaseRecord> CaseRepository::readByRef(const Actor &actor, const QString &caseRef) const {
    return forReader(actor, loadByRef(caseRef));
}

Status CaseRepository::writeStatus(ChangeWriter &writer, qint64 caseId, CaseStatus from,
                                   CaseStatus to, const QString &comment) {
    Result<QList<FieldChange>> changed =
        writer.update(QStringLiteral("return_case"), caseId,
                      {{QStringLiteral("status"), CaseStatusInfo::code(to)},
                       {QStringLiteral("status_rank"), CaseStatusInfo::rank(to)}});
    if (!changed)
        return changed.error();
    Result<qint64> history = insertStatusChange(writer, caseId, CaseStatusInfo::code(from),
                                                CaseStatusInfo::code(to), comment);
    if (!history)
        return history.error();
    return {};
}

static Result<bool> hasConfirmedReply(QSqlDatabase db, const QString &path, qint64 caseId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM identity_request WHERE case_id = ? AND "
                             "reply_result = 'confirmed' LIMIT 1"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    return q.next();
}

Result<Workflow::Facts> CaseRepository::workflowFacts(qint64 caseId) const {
    Result<bool> confirmed = hasConfirmedReply(m_db.connection(), m_db.path(), caseId);
    if (!confirmed)
        return confirmed.error();
    Result<MissionSettings> settings = MissionSettingsStore(m_db, m_clock).load();
    if (!settings)
        return settings.error();
    Workflow::Facts facts;
    facts.hasConfirmedReply = confirmed.value();
    // A valid certificate, or a passport that has not expired more than the mission's
    // margin ago (DOMAIN.md: whether an expired passport may serve is the mission's call).
    const QDate today = m_clock.today();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM certificate WHERE person_id = c.person_id AND status = "
        "'valid' AND valid_until >= ?), p.passport_number, p.passport_expiry_date FROM "
        "return_case c JOIN person p ON p.id = c.person_id WHERE c.id = ?"));
    q.addBindValue(dates::toIso(today));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    if (q.next()) {
        const QDate expiry = dates::fromIso(q.value(2).toString());
        const bool passport = !q.value(1).toString().trimmed().isEmpty() && expiry.isValid() &&
                              expiry.addDays(settings->passportMarginDays) >= today;
        facts.hasValidDocument = q.value(0).toInt() > 0 || passport;
    }
    return facts;
}

Status CaseRepository::changeStatus(const Actor &actor, qint64 caseId, CaseStatus to,
                                    const QString &comment) {
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::EditCases);
    return m_db.transaction([&]() -> Status {
        Result<CaseRecord> current = load(caseId);
        if (!current)
            return current.error();
        Result<Workflow::Facts> facts = workflowFacts(caseId);
        if (!facts)
            return facts.error();
        if (Status s = Workflow::check(current->status, to, comment, facts.value()); !s)
            return s;
        return setStatus(writer, caseId, current->status, to, comment);
    });
}

Result<QList<CaseStatus>> CaseRepository::nextStatuses(qint64 caseId) const {
    Result<CaseRecord> current = load(caseId);
    if (!current)
        return current.error();
    return Workflow::manualTargets(current->status);
}

Result<IdentityRequest> CaseRepository::addIdentityRequest(const Actor &actor, qint64 caseId,
                                                           const QString &number,
                                                           const QDate &date) {
    if (Status s =
            checkNumberAndDate(number, date,
                               {tr("The outgoing number of the identity request is missing."),
                                tr("The date of the identity request is missing or not a date."),
                                tr("The date of the identity request is in the future.")});
        !s)
        return s.error();
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::EditCases);
    qint64 requestId = 0;
    Status s = m_db.transaction([&]() -> Status {
        Result<CaseRecord> current = load(caseId);
        if (!current)
            return current.error();
        if (!CaseStatusInfo::isOpen(current->status))
            return Error::make(
                ErrorKind::BadInput,
                tr("Case %1 is %2: reopen it before sending an identity request.")
                    .arg(current->caseRef, CaseStatusInfo::displayName(current->status)));
        Result<qint64> id = writer.insert(QStringLiteral("identity_request"),
                                          {{QStringLiteral("case_id"), caseId},
                                           {QStringLiteral("out_number"), number.simplified()},
                                           {QStringLiteral("out_date"), dateValue(date)},
                                           {QStringLiteral("created_by"), actor.name}});
        if (!id)
            return id.error();
        requestId = id.value();
        if (current->status == CaseStatus::Registered)
            return setStatus(writer, caseId, current->status, CaseStatus::IdentityCheck,
                             tr("Identity request %1 of %2 sent.")
                                 .arg(number.simplified(), dates::format(date)));
        return {};
    });
    if (!s)
        return s.error();
    return identityRequest(caseId, requestId);
}

Result<IdentityRequest> CaseRepository::recordIdentityReply(const Actor &actor, qint64 requestId,
                                                            const QString &number,
                                                            const QDate &date,
                                                            const QString &result) {
    if (!replyResultCodes().contains(result))
        return Error::make(ErrorKind::BadInput,
                           tr("“%1” is not a result of an identity check. Use one of: %2.")
                               .arg(result, replyResultCodes().join(QStringLiteral(", "))),
                           QStringLiteral("result"));
    if (Status s = checkNumberAndDate(number, date,
                                      {tr("The number of the reply is missing."),
                                       tr("The date of the reply is missing or not a date."),
                                       tr("The date of the reply is in the future.")});
        !s)
        return s.error();
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor,
                        result == u"confirmed" ? Permission::ConfirmIdentity
                                               : Permission::EditCases);
    qint64 caseId = 0;
    Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT case_id, out_date FROM identity_request WHERE id = ?"));
        q.addBindValue(requestId);
        if (!q.exec())
            return Database::errorFromSql(q.lastError(), m_db.path());
        if (!q.next())
            return Error::make(ErrorKind::NotFound, tr("There is no such identity request."));
        caseId = q.value(0).toLongLong();
        const QDate outDate = dates::fromIso(q.value(1).toString());
        q.finish();
        if (outDate.isValid() && date < outDate)
            return Error::make(ErrorKind::BadInput,
                               tr("The reply (%1) cannot be older than the request (%2).")
                                   .arg(dates::format(date), dates::format(outDate)),
                               QStringLiteral("date"));
        Result<QList<FieldChange>> changed =
            writer.update(QStringLiteral("identity_request"), requestId,
                          {{QStringLiteral("reply_number"), number.simplified()},
                           {QStringLiteral("reply_date"), dateValue(date)},
                           {QStringLiteral("reply_result"), result}});
        if (!changed)
            return changed.error();
        Result<CaseRecord> current = load(caseId);
        if (!current)
            return current.error();
        if (result == QStringLiteral("confirmed")) {
            // The confirmed record: the person as the register holds them when the officer
            // records that the authorities at home confirmed them.
            QVariantMap snapshot = confirmedIdentityColumns(current->person);
            snapshot.insert(QStringLiteral("request_id"), requestId);
            snapshot.insert(QStringLiteral("case_id"), caseId);
            QSqlQuery existing(m_db.connection());
            existing.prepare(
                QStringLiteral("SELECT id FROM confirmed_identity WHERE request_id = ?"));
            existing.addBindValue(requestId);
            if (!existing.exec())
                return Database::errorFromSql(existing.lastError(), m_db.path());
            if (existing.next()) {
                const qint64 id = existing.value(0).toLongLong();
                existing.finish();
                if (Result<QList<FieldChange>> u =
                        writer.update(QStringLiteral("confirmed_identity"), id, snapshot);
                    !u)
                    return u.error();
            } else if (Result<qint64> id =
                           writer.insert(QStringLiteral("confirmed_identity"), snapshot);
                       !id) {
                return id.error();
            }
        }
        if (result == QStringLiteral("confirmed") && current->status == CaseStatus::IdentityCheck)
            return setStatus(writer, caseId, current->status, CaseStatus::IdentityConfirmed,
                             tr("Reply %1 of %2: identity confirmed.")
                                 .arg(number.simplified(), dates::format(date)));
        return {};
    });
    if (!s)
        return s.error();
    return identityRequest(caseId, requestId);
}

Status CaseRepository::checkNumberAndDate(const QString &number, const QDate &date,
                                          const NumberAndDateMessages &messages) const {
    if (number.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput, messages.missingNumber, QStringLiteral("number"));
    if (!date.isValid())
        return Error::make(ErrorKind::BadInput, messages.missingDate, QStringLiteral("date"));
    if (date > m_clock.today())
        return Error::make(ErrorKind::BadInput, messages.futureDate, QStringLiteral("date"));
    return {};
}

Result<IdentityRequest> CaseRepository::identityRequest(qint64 caseId, qint64 requestId) const {
    Result<QList<IdentityRequest>> all = identityRequests(caseId);
    if (!all)
        return all.error();
    for (const IdentityRequest &r : all.value()) {
        if (r.id == requestId)
            return r;
    }
    return Error::make(ErrorKind::NotFound, tr("There is no such identity request."));
}

Result<QList<IdentityRequest>> CaseRepository::identityRequests(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM identity_request WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    QList<IdentityRequest> out;
    while (q.next()) {
        IdentityRequest r;
        r.id = q.value(QStringLiteral("id")).toLongLong();
        r.uuid = q.value(QStringLiteral("uuid")).toString();
        r.caseId = caseId;
        r.outNumber = q.value(QStringLiteral("out_number")).toString();
        r.outDate = readDate(q, QStringLiteral("out_date"));
        r.replyNumber = q.value(QStringLiteral("reply_number")).toString();
        r.replyDate = readDate(q, QStringLiteral("reply_date"));
        r.replyResult = q.value(QStringLiteral("reply_result")).toString();
        r.createdBy = q.value(QStringLiteral("created_by")).toString();
        r.createdAt = readDateTime(q, QStringLiteral("created_at"));
        r.updatedAt = readDateTime(q, QStringLiteral("updated_at"));
        out << r;
    }
    return out;
}

Result<std::optional<ConfirmedIdentity>> CaseRepository::confirmedIdentity(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.* FROM confirmed_identity c JOIN identity_request r ON r.id = c.request_id "
        "WHERE c.case_id = ? AND r.reply_result = 'confirmed' ORDER BY r.reply_date DESC, "
        "r.id DESC LIMIT 1"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    if (!q.next())
        return std::optional<ConfirmedIdentity>();
    ConfirmedIdentity c;
    c.id = q.value(QStringLiteral("id")).toLongLong();
    c.requestId = q.value(QStringLiteral("request_id")).toLongLong();
    c.caseId = caseId;
    c.surname = q.value(QStringLiteral("surname")).toString();
    c.givenNames = q.value(QStringLiteral("given_names")).toString();
    c.patronymic = q.value(QStringLiteral("patronymic")).toString();
    c.surnameCyrillic = q.value(QStringLiteral("surname_cyrillic")).toString();
    c.givenNamesCyrillic = q.value(QStringLiteral("given_names_cyrillic")).toString();
    c.patronymicCyrillic = q.value(QStringLiteral("patronymic_cyrillic")).toString();
    c.sex = q.value(QStringLiteral("sex")).toString();
    c.birthDate = readDate(q, QStringLiteral("birth_date"));
    c.birthPlace = q.value(QStringLiteral("birth_place")).toString();
    c.pinfl = q.value(QStringLiteral("pinfl")).toString();
    c.createdAt = readDateTime(q, QStringLiteral("created_at"));
    return std::optional<ConfirmedIdentity>(c);
}

Result<Interview> CaseRepository::addInterview(const Actor &actor, Interview interview) {
    if (!interview.date.isValid())
        return Error::make(ErrorKind::BadInput,
                           tr("The date of the interview is missing or not a date."),
                           QStringLiteral("interview_date"));
    if (interview.date > m_clock.today())
        return Error::make(ErrorKind::BadInput, tr("The date of the interview is in the future."),
                           QStringLiteral("interview_date"));
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::EditCases);
    Status s = m_db.transaction([&]() -> Status {
        Result<CaseRecord> current = load(interview.caseId);
        if (!current)
            return current.error();
        if (interview.officer.trimmed().isEmpty())
            interview.officer = actor.name;
        Result<qint64> id =
            writer.insert(QStringLiteral("interview"),
                          {{QStringLiteral("case_id"), interview.caseId},
                           {QStringLiteral("interview_date"), dateValue(interview.date)},
                           {QStringLiteral("place"), interview.place.simplified()},
                           {QStringLiteral("interpreter"), interview.interpreter.simplified()},
                           {QStringLiteral("language"), interview.language.simplified()},
                           {QStringLiteral("stated_wishes"), interview.statedWishes.trimmed()},
                           {QStringLiteral("officer"), interview.officer.simplified()}});
        if (!id)
            return id.error();
        interview.id = id.value();
        return {};
    });
    if (!s)
        return s.error();
    return interview;
}

Result<QList<Interview>> CaseRepository::interviews(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT * FROM interview WHERE case_id = ? ORDER BY interview_date, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    QList<Interview> out;
    while (q.next()) {
        Interview i;
        i.id = q.value(QStringLiteral("id")).toLongLong();
        i.uuid = q.value(QStringLiteral("uuid")).toString();
        i.caseId = caseId;
        i.date = readDate(q, QStringLiteral("interview_date"));
        i.place = q.value(QStringLiteral("place")).toString();
        i.interpreter = q.value(QStringLiteral("interpreter")).toString();
        i.language = q.value(QStringLiteral("language")).toString();
        i.statedWishes = q.value(QStringLiteral("stated_wishes")).toString();
        i.officer = q.value(QStringLiteral("officer")).toString();
        i.createdAt = readDateTime(q, QStringLiteral("created_at"));
        out << i;
    }
    return out;
}

Result<QList<StatusChange>> CaseRepository::history(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, actor, from_status, to_status, comment "
                             "FROM status_history WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    QList<StatusChange> out;
    while (q.next()) {
        StatusChange c;
        c.id = q.value(0).toLongLong();
        c.at = dates::fromIsoDateTime(q.value(1).toString());
        c.actor = q.value(2).toString();
        c.fromCode = q.value(3).toString();
        c.toCode = q.value(4).toString();
        c.comment = q.value(5).toString();
        out << c;
    }
    return out;
}

Result<qint64> CaseRepository::caseCount() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM return_case")) || !q.next())
        return Database::errorFromSql(q.lastError(), m_db.path());
    return q.value(0).toLongLong();
}

} // namespace qaytish
