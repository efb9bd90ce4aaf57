#include "certificates.h"

#include "caserepository.h"
#include "changewriter.h"
#include "csvexport.h"
#include "dates.h"
#include "names.h"
#include "personphoto.h"
#include "signing.h"
#include "workflow.h"

#include <QSaveFile>
#include <QSqlQuery>

#include <limits>

namespace qaytish {

namespace {

const QString Valid = QStringLiteral("valid");
const QString Spoiled = QStringLiteral("spoiled");
const QString Cancelled = QStringLiteral("cancelled");

QVariant dateValue(const QDate &d) {
    return d.isValid() ? QVariant(dates::toIso(d)) : QVariant();
}

// Age in whole years on a day.
int ageOn(const QDate &birth, const QDate &day) {
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

// Restores synchronous=NORMAL however the issuing ends.
class FullSync {
public:
    explicit FullSync(QSqlDatabase db)
        : m_db(std::move(db)) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    ~FullSync() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL")); }
    FullSync(const FullSync &) = delete;
    FullSync &operator=(const FullSync &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

QString Certificate::fullNameLatin() const {
    return names::joinFullName(surname, givenNames, patronymic);
}

QString Certificate::fullNameCyrillic() const {
    return names::joinFullName(surnameCyrillic, givenNamesCyrillic, patronymicCyrillic);
}

bool Certificate::isValidOn(const QDate &day) const {
    return status == Valid && validUntil.isValid() && day <= validUntil;
}

CertificateRegister::CertificateRegister(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

QStringList CertificateRegister::statusCodes() {
    return {Valid, Spoiled, Cancelled, QStringLiteral("used")};
}

QString CertificateRegister::statusDisplayName(const QString &code) {
    if (code == Valid)
        return tr("valid");
    if (code == Spoiled)
        return tr("spoiled blank");
    if (code == Cancelled)
        return tr("cancelled");
    if (code == u"used")
        return tr("used for the journey");
    return code;
}

Result<QList<Certificate>> CertificateRegister::select(const QString &where,
                                                       const QVariantList &values, bool withPhoto,
                                                       int limit) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.*, %1 AS photo_bytes, r.case_ref FROM certificate c "
                             "JOIN return_case r ON r.id = c.case_id %2 ORDER BY c.id DESC%3")
                  .arg(withPhoto ? QStringLiteral("c.photo") : QStringLiteral("NULL"), where,
                       limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    QList<Certificate> out;
    auto text = [&q](const char *column) {
        return q.value(QString::fromLatin1(column)).toString();
    };
    while (q.next()) {
        Certificate c;
        c.id = q.value(QStringLiteral("id")).toLongLong();
        c.uuid = text("uuid");
        c.number = text("number");
        c.prefix = text("prefix");
        c.year = q.value(QStringLiteral("year")).toInt();
        c.sequence = q.value(QStringLiteral("sequence")).toInt();
        c.caseId = q.value(QStringLiteral("case_id")).toLongLong();
        c.caseRef = text("case_ref");
        c.personId = q.value(QStringLiteral("person_id")).toLongLong();
        c.status = text("status");
        c.surname = text("surname");
        c.givenNames = text("given_names");
        c.patronymic = text("patronymic");
        c.surnameCyrillic = text("surname_cyrillic");
        c.givenNamesCyrillic = text("given_names_cyrillic");
        c.patronymicCyrillic = text("patronymic_cyrillic");
        c.sex = text("sex");
        c.birthDate = dates::fromIso(text("birth_date"));
        c.birthPlace = text("birth_place");
        c.pinfl = text("pinfl");
        c.photo = q.value(QStringLiteral("photo_bytes")).toByteArray();
        c.issueDate = dates::fromIso(text("issue_date"));
        c.validUntil = dates::fromIso(text("valid_until"));
        c.issuedBy = text("issued_by");
        c.headOfMission = text("head_of_mission");
        c.dutyAmount = text("duty_amount");
        c.dutyCurrency = text("duty_currency");
        c.receiptNumber = text("receipt_number");
        c.exemptionReason = text("exemption_reason");
        c.payload = text("payload");
        c.keyId = text("key_id");
        c.voidReason = text("void_reason");
        c.voidedBy = text("voided_by");
        c.voidedAt = dates::fromIsoDateTime(text("voided_at"));
        c.createdAt = dates::fromIsoDateTime(text("created_at"));
        out << c;
    }
    return out;
}

Result<Certificate> CertificateRegister::byNumber(const QString &number) const {
    Result<QList<Certificate>> found =
        select(QStringLiteral("WHERE c.number = ?"), {number.trimmed().toUpper()}, true);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(ErrorKind::NotFound,
                           tr("There is no certificate %1 in the register.").arg(number.trimmed()),
                           QStringLiteral("number"));
    return found->constFirst();
}

Result<QList<Certificate>> CertificateRegister::forCase(qint64 caseId) const {
    return select(QStringLiteral("WHERE c.case_id = ?"), {caseId}, false);
}

Result<QList<Certificate>> CertificateRegister::list(const QString &search, const QString &status,
                                                     int limit) const {
    QString where = QStringLiteral("WHERE 1");
    QVariantList values;
    if (!status.isEmpty()) {
        where += QStringLiteral(" AND c.status = ?");
        values << status;
    }
    Result<QList<Certificate>> all = select(where, values, false);
    if (!all)
        return all;
    const QString query = search.trimmed();
    if (query.isEmpty())
        return QList<Certificate>(all->mid(0, limit));
    // The register of certificates holds thousands of rows, not millions: the name search
    // runs here with the same rules as the case search.
    const QString key = names::searchKey(query);
    QList<Certificate> out;
    for (const Certificate &c : std::as_const(all.value())) {
        if (out.size() >= limit)
            break;
        const bool identifier = c.number.contains(query, Qt::CaseInsensitive) ||
                                c.caseRef.contains(query, Qt::CaseInsensitive) ||
                                (!c.receiptNumber.isEmpty() && c.receiptNumber == query);
        if (identifier ||
            names::matches(key, names::searchKey(c.fullNameLatin() + u' ' + c.fullNameCyrillic())))
            out << c;
    }
    return out;
}

Result<std::optional<Certificate>> CertificateRegister::validForCase(qint64 caseId,
                                                                     const QDate &day) const {
    Result<QList<Certificate>> found =
        select(QStringLiteral("WHERE c.status = 'valid' AND c.person_id = (SELECT person_id FROM "
                              "return_case WHERE id = ?)"),
               {caseId}, false);
    if (!found)
        return found.error();
    for (const Certificate &c : found.value()) {
        if (c.isValidOn(day))
            return std::optional<Certificate>(c);
    }
    return std::optional<Certificate>();
}

Result<QList<Error>> CertificateRegister::problems(const CertificateRequest &request) const {
    QList<Error> out;
    auto add = [&out](const QString &message, const char *field) {
        out << Error::make(ErrorKind::BadInput, message, QString::fromLatin1(field));
    };
    CaseRepository cases(m_db, m_clock);
    Result<CaseRecord> record = cases.load(request.caseId);
    if (!record)
        return record.error();
    Result<MissionSettings> settings = MissionSettingsStore(m_db, m_clock).load();
    if (!settings)
        return settings.error();
    if (record->status != CaseStatus::IdentityConfirmed)
        add(tr("Case %1 is “%2”: a certificate is issued only to a case whose identity is "
               "confirmed.")
                .arg(record->caseRef, CaseStatusInfo::displayName(record->status)),
            "status");
    Result<std::optional<ConfirmedIdentity>> confirmed = cases.confirmedIdentity(request.caseId);
    if (!confirmed)
        return confirmed.error();
    if (!confirmed->has_value()) {
        add(tr("There is no record confirmed by the authorities at home for case %1: record "
               "their reply first.")
                .arg(record->caseRef),
            "confirmed_identity");
    } else {
        const ConfirmedIdentity &c = **confirmed;
        QStringList missing;
        if (c.surname.trimmed().isEmpty())
            missing << tr("surname (Latin)");
        if (c.givenNames.trimmed().isEmpty())
            missing << tr("given names (Latin)");
        if (c.surnameCyrillic.trimmed().isEmpty())
            missing << tr("surname (Cyrillic)");
        if (c.givenNamesCyrillic.trimmed().isEmpty())
            missing << tr("given names (Cyrillic)");
        if (!c.birthDate.isValid())
            missing << tr("date of birth");
        if (c.sex.isEmpty())
            missing << tr("sex");
        if (!missing.isEmpty())
            add(tr("The confirmed record lacks what a certificate needs: %1.")
                    .arg(missing.join(QStringLiteral(", "))),
                "confirmed_identity");
    }
    Result<std::optional<PersonPhoto>> photo =
        PersonPhotoStore(m_db, m_clock).forCase(request.caseId);
    if (!photo)
        return photo.error();
    if (!photo->has_value())
        add(tr("There is no photo of the person: add one before issuing."), "photo");
    const bool hasReceipt = !request.receiptNumber.trimmed().isEmpty();
    const bool hasExemption = !request.exemptionReason.trimmed().isEmpty();
    if (!hasReceipt && !hasExemption)
        add(tr("Give the receipt number of the state duty, or the reason for the exemption."),
            "receipt");
    else if (hasReceipt && hasExemption)
        add(tr("Give either a receipt number or an exemption reason, not both."), "receipt");
    const int days = request.validDays == 0 ? settings->defaultValidityDays : request.validDays;
    if (days < MissionSettings::MinValidityDays || days > MissionSettings::MaxValidityDays)
        add(tr("The validity must be %1 to %2 days (one to three months); %3 were asked.")
                .arg(MissionSettings::MinValidityDays)
                .arg(MissionSettings::MaxValidityDays)
                .arg(days),
            "valid_days");
    Result<QList<Certificate>> valid = select(
        QStringLiteral("WHERE c.status = 'valid' AND c.person_id = ?"), {record->person.id}, false);
    if (!valid)
        return valid.error();
    for (const Certificate &c : valid.value())
        add(tr("Certificate %1 of this person is still valid (until %2): spoil or cancel it, "
               "with the reason, before issuing another.")
                .arg(c.number, dates::format(c.validUntil)),
            "certificate");
    return out;
}

Result<Certificate> CertificateRegister::issue(const Actor &actor,
                                               const CertificateRequest &request) {
    Result<MissionSettings> settings = MissionSettingsStore(m_db, m_clock).load();
    if (!settings)
        return settings.error();
    if (Status s = MissionSettingsStore::validate(settings.value()); !s)
        return s.error();
    const QDate today = m_clock.today();
    const int days = request.validDays == 0 ? settings->defaultValidityDays : request.validDays;
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor,
                        Permission::IssueCertificates);
    QString number;
    const FullSync fullSync(m_db.connection());
    Status done = m_db.transaction([&]() -> Status {
        // Checked again inside the transaction: another window may have issued meanwhile.
        Result<QList<Error>> blocking = problems(request);
        if (!blocking)
            return blocking.error();
        if (!blocking->isEmpty())
            return blocking->constFirst();
        CaseRepository cases(m_db, m_clock);
        Result<CaseRecord> record = cases.load(request.caseId);
        if (!record)
            return record.error();
        Result<std::optional<ConfirmedIdentity>> confirmed =
            cases.confirmedIdentity(request.caseId);
        if (!confirmed)
            return confirmed.error();
        const ConfirmedIdentity &c = **confirmed;
        Result<std::optional<PersonPhoto>> photo =
            PersonPhotoStore(m_db, m_clock).forCase(request.caseId);
        if (!photo)
            return photo.error();

        // The number: the counter of the prefix and year, never behind a number already in
        // the register (a counter row lost or edited by hand cannot bring a number back).
        const QString prefix = settings->numberPrefix;
        const int year = today.year();
        Result<QSqlQuery *> counted = writer.run(
            QStringLiteral(
                "INSERT INTO certificate_counter (prefix, year, last) VALUES (?, ?, 1 + "
                "(SELECT coalesce(max(sequence), 0) FROM certificate WHERE prefix = ? AND "
                "year = ?)) ON CONFLICT (prefix, year) DO UPDATE SET last = 1 + max(last, "
                "(SELECT coalesce(max(sequence), 0) FROM certificate WHERE prefix = "
                "excluded.prefix AND year = excluded.year))"),
            {prefix, year, prefix, year});
        if (!counted)
            return counted.error();
        Result<QSqlQuery *> last =
            writer.run(QStringLiteral("SELECT last FROM certificate_counter WHERE prefix = ? AND "
                                      "year = ?"),
                       {prefix, year});
        if (!last)
            return last.error();
        if (!last.value()->next())
            return Error::make(ErrorKind::Internal, tr("The certificate counter is missing."));
        const int sequence = last.value()->value(0).toInt();
        last.value()->finish();
        number =
            QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(sequence, 6, 10, QLatin1Char('0'));

        const QDate validUntil = today.addDays(days);
        CertificatePayload payload;
        payload.number = number;
        payload.surname = c.surname;
        payload.givenNames = c.givenNames;
        payload.birthDate = c.birthDate;
        payload.validUntil = validUntil;
        Result<QString> signedPayload = Signing::signPayload(writer, payload);
        if (!signedPayload)
            return signedPayload.error();
        const bool exempt = request.receiptNumber.trimmed().isEmpty();
        const bool minor = ageOn(c.birthDate, today) < 18;
        Result<qint64> id = writer.insert(
            QStringLiteral("certificate"),
            {{QStringLiteral("number"), number},
             {QStringLiteral("prefix"), prefix},
             {QStringLiteral("year"), year},
             {QStringLiteral("sequence"), sequence},
             {QStringLiteral("case_id"), request.caseId},
             {QStringLiteral("person_id"), record->person.id},
             {QStringLiteral("confirmed_id"), c.id},
             {QStringLiteral("status"), Valid},
             {QStringLiteral("surname"), c.surname},
             {QStringLiteral("given_names"), c.givenNames},
             {QStringLiteral("patronymic"), c.patronymic},
             {QStringLiteral("surname_cyrillic"), c.surnameCyrillic},
             {QStringLiteral("given_names_cyrillic"), c.givenNamesCyrillic},
             {QStringLiteral("patronymic_cyrillic"), c.patronymicCyrillic},
             {QStringLiteral("sex"), c.sex},
             {QStringLiteral("birth_date"), dateValue(c.birthDate)},
             {QStringLiteral("birth_place"), c.birthPlace},
             {QStringLiteral("pinfl"), c.pinfl},
             {QStringLiteral("photo"), (*photo)->jpeg},
             {QStringLiteral("issue_date"), dateValue(today)},
             {QStringLiteral("valid_until"), dateValue(validUntil)},
             {QStringLiteral("issued_by"), actor.name},
             {QStringLiteral("head_of_mission"), settings->headOfMission},
             {QStringLiteral("duty_amount"),
              exempt ? QStringLiteral("0") : (minor ? settings->dutyMinor : settings->dutyAdult)},
             {QStringLiteral("duty_currency"), settings->dutyCurrency},
             {QStringLiteral("receipt_number"), request.receiptNumber.simplified()},
             {QStringLiteral("exemption_reason"), request.exemptionReason.simplified()},
             {QStringLiteral("payload"), signedPayload.value()},
             {QStringLiteral("key_id"), payload.keyId}});
        if (!id)
            return id.error();
        return CaseRepository::writeStatus(writer, request.caseId, CaseStatus::IdentityConfirmed,
                                           CaseStatus::DocumentIssued,
                                           tr("Certificate of Return %1 issued, valid until %2.")
                                               .arg(number, dates::format(validUntil)));
    });
    if (!done)
        return done.error();
    return byNumber(number);
}

Result<Certificate> CertificateRegister::voidCertificate(const Actor &actor, const QString &number,
                                                         const QString &status,
                                                         const QString &reason) {
    if (status != Spoiled && status != Cancelled)
        return Error::make(
            ErrorKind::BadInput,
            tr("A certificate can be marked only “%1” or “%2”.").arg(Spoiled, Cancelled),
            QStringLiteral("status"));
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput,
                           status == Spoiled
                               ? tr("Give the reason why the blank is spoiled.")
                               : tr("Give the reason why the certificate is cancelled."),
                           QStringLiteral("reason"));
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor,
                        Permission::IssueCertificates);
    Status done = m_db.transaction([&]() -> Status {
        Result<Certificate> current = byNumber(number);
        if (!current)
            return current.error();
        if (current->status != Valid)
            return Error::make(
                ErrorKind::BadInput,
                tr("Certificate %1 is already “%2”: %3")
                    .arg(current->number, statusDisplayName(current->status), current->voidReason),
                QStringLiteral("status"));
        Result<QList<FieldChange>> changed =
            writer.update(QStringLiteral("certificate"), current->id,
                          {{QStringLiteral("status"), status},
                           {QStringLiteral("void_reason"), reason.simplified()},
                           {QStringLiteral("voided_by"), actor.name},
                           {QStringLiteral("voided_at"), writer.nowText()}});
        if (!changed)
            return changed.error();
        Result<CaseRecord> record = CaseRepository(m_db, m_clock).load(current->caseId);
        if (!record)
            return record.error();
        if (record->status != CaseStatus::DocumentIssued)
            return {};
        // Without its certificate the case waits for a new one, unless a valid passport
        // still carries it.
        Result<Workflow::Facts> facts =
            CaseRepository(m_db, m_clock).workflowFacts(current->caseId);
        if (!facts)
            return facts.error();
        if (facts->hasValidDocument)
            return {};
        return CaseRepository::writeStatus(writer, current->caseId, CaseStatus::DocumentIssued,
                                           CaseStatus::IdentityConfirmed,
                                           (status == Spoiled ? tr("Certificate %1 spoiled: %2")
                                                              : tr("Certificate %1 cancelled: %2"))
                                               .arg(current->number, reason.simplified()));
    });
    if (!done)
        return done.error();
    return byNumber(number);
}

QStringList CertificateRegister::csvColumns() {
    return QStringList{QStringLiteral("number"),
                       QStringLiteral("status"),
                       QStringLiteral("issue_date"),
                       QStringLiteral("valid_until"),
                       QStringLiteral("case_ref"),
                       QStringLiteral("surname"),
                       QStringLiteral("given_names"),
                       QStringLiteral("patronymic"),
                       QStringLiteral("surname_cyrillic"),
                       QStringLiteral("given_names_cyrillic"),
                       QStringLiteral("patronymic_cyrillic"),
                       QStringLiteral("birth_date"),
                       QStringLiteral("issued_by"),
                       QStringLiteral("duty_amount"),
                       QStringLiteral("duty_currency"),
                       QStringLiteral("receipt_number"),
                       QStringLiteral("exemption_reason"),
                       QStringLiteral("void_reason"),
                       QStringLiteral("voided_by"),
                       QStringLiteral("voided_at")} +
           CsvExporter::attributionColumns();
}

Result<qint64> CertificateRegister::exportCsv(const Actor &actor, const QString &path,
                                              const QString &search, const QString &status) const {
    ExportRecord record;
    record.kind = ExportKind::CertificatesCsv;
    record.table = QStringLiteral("certificate");
    if (!search.trimmed().isEmpty())
        record.filter.insert(QStringLiteral("searched"), true); // never the text (exportlog.h)
    if (!status.isEmpty())
        record.filter.insert(QStringLiteral("status"), status);
    return ExportLog(m_db.connection(), m_db.path(), m_clock, actor)
        .toFile(record, path, [&](QIODevice &file, const ExportStamp &stamp) -> Result<qint64> {
            Result<QList<Certificate>> rows = list(search, status, std::numeric_limits<int>::max());
            if (!rows)
                return rows.error();
            QByteArray out = CsvExporter::start();
            CsvExporter::appendLine(out, csvColumns());
            const QStringList attribution = CsvExporter::attributionCells(stamp);
            for (const Certificate &c : std::as_const(rows.value()))
                record.persons << c.personId;
            for (const Certificate &c : std::as_const(rows.value()))
                CsvExporter::appendLine(out, QStringList{c.number,
                                                         c.status,
                                                         dates::toIso(c.issueDate),
                                                         dates::toIso(c.validUntil),
                                                         c.caseRef,
                                                         c.surname,
                                                         c.givenNames,
                                                         c.patronymic,
                                                         c.surnameCyrillic,
                                                         c.givenNamesCyrillic,
                                                         c.patronymicCyrillic,
                                                         dates::toIso(c.birthDate),
                                                         c.issuedBy,
                                                         c.dutyAmount,
                                                         c.dutyCurrency,
                                                         c.receiptNumber,
                                                         c.exemptionReason,
                                                         c.voidReason,
                                                         c.voidedBy,
                                                         c.voidedAt.isValid()
                                                             ? dates::toIsoDateTime(c.voidedAt)
                                                             : QString()} +
                                                 attribution);
            if (file.write(out) != out.size())
                return Error::make(ErrorKind::Io, file.errorString());
            return qint64(rows->size());
        });
}

} // namespace qaytish
