#include "demogenerator.h"

#include "caserepository.h"
#include "changewriter.h"
#include "dates.h"
#include "pinfl.h"
#include "pipeline.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

namespace qaytish {

namespace {

struct NamePair {
    const char16_t *latin;
    const char16_t *cyrillic;
};

// Surnames in their male form; the female form adds "a" / "а".
const NamePair Surnames[] = {
    {u"Karimov", u"Каримов"},
    {u"Rahimov", u"Раҳимов"},
    {u"Abdullayev", u"Абдуллаев"},
    {u"Yusupov", u"Юсупов"},
    {u"Tursunov", u"Турсунов"},
    {u"Xolmatov", u"Холматов"},
    {u"Qodirov", u"Қодиров"},
    {u"Gʻulomov", u"Ғуломов"},
    {u"Toshmatov", u"Тошматов"},
    {u"Ergashev", u"Эргашев"},
    {u"Nazarov", u"Назаров"},
    {u"Mirzayev", u"Мирзаев"},
    {u"Sobirov", u"Собиров"},
    {u"Umarov", u"Умаров"},
    {u"Normatov", u"Норматов"},
    {u"Ismoilov", u"Исмоилов"},
    {u"Hasanov", u"Ҳасанов"},
    {u"Saidov", u"Саидов"},
    {u"Aliyev", u"Алиев"},
    {u"Oʻrinov", u"Ўринов"},
    {u"Sharipov", u"Шарипов"},
    {u"Ochilov", u"Очилов"},
    {u"Joʻrayev", u"Жўраев"},
    {u"Boboyev", u"Бобоев"},
    {u"Mahmudov", u"Маҳмудов"},
    {u"Zokirov", u"Зокиров"},
    {u"Qosimov", u"Қосимов"},
    {u"Rahmatov", u"Раҳматов"},
    {u"Yoʻldoshev", u"Йўлдошев"},
    {u"Fayzullayev", u"Файзуллаев"},
    {u"Ibrohimov", u"Иброҳимов"},
    {u"Moʻminov", u"Мўминов"},
    {u"Shukurov", u"Шукуров"},
    {u"Xudoyberdiyev", u"Худойбердиев"},
    {u"Eshonqulov", u"Эшонқулов"},
    {u"Choriyev", u"Чориев"},
    {u"Egamberdiyev", u"Эгамбердиев"},
    {u"Tojiboyev", u"Тожибоев"},
    {u"Sultonov", u"Султонов"},
    {u"Hamroyev", u"Ҳамроев"},
};

const NamePair MaleNames[] = {
    {u"Alisher", u"Алишер"}, {u"Bobur", u"Бобур"},      {u"Doniyor", u"Дониёр"},
    {u"Eldor", u"Элдор"},    {u"Farhod", u"Фарҳод"},    {u"Gʻayrat", u"Ғайрат"},
    {u"Jasur", u"Жасур"},    {u"Javlon", u"Жавлон"},    {u"Komil", u"Комил"},
    {u"Laziz", u"Лазиз"},    {u"Murod", u"Мурод"},      {u"Nodir", u"Нодир"},
    {u"Otabek", u"Отабек"},  {u"Oʻtkir", u"Ўткир"},     {u"Rustam", u"Рустам"},
    {u"Sardor", u"Сардор"},  {u"Sherzod", u"Шерзод"},   {u"Shuhrat", u"Шуҳрат"},
    {u"Temur", u"Темур"},    {u"Ulugʻbek", u"Улуғбек"}, {u"Xurshid", u"Хуршид"},
    {u"Zafar", u"Зафар"},    {u"Anvar", u"Анвар"},      {u"Baxtiyor", u"Бахтиёр"},
    {u"Dilshod", u"Дилшод"}, {u"Ilhom", u"Илҳом"},      {u"Qahramon", u"Қаҳрамон"},
    {u"Sanjar", u"Санжар"},  {u"Jamshid", u"Жамшид"},   {u"Akmal", u"Акмал"},
};

const NamePair FemaleNames[] = {
    {u"Dilnoza", u"Дилноза"}, {u"Gulnora", u"Гулнора"},  {u"Madina", u"Мадина"},
    {u"Nilufar", u"Нилуфар"}, {u"Shahnoza", u"Шаҳноза"}, {u"Zarina", u"Зарина"},
    {u"Malika", u"Малика"},   {u"Feruza", u"Феруза"},    {u"Gulchehra", u"Гулчеҳра"},
    {u"Kamola", u"Камола"},   {u"Lola", u"Лола"},        {u"Mohira", u"Моҳира"},
    {u"Nodira", u"Нодира"},   {u"Oydin", u"Ойдин"},      {u"Sevara", u"Севара"},
    {u"Umida", u"Умида"},     {u"Xurshida", u"Хуршида"}, {u"Yulduz", u"Юлдуз"},
    {u"Zulfiya", u"Зулфия"},  {u"Dildora", u"Дилдора"},  {u"Barno", u"Барно"},
    {u"Gavhar", u"Гавҳар"},   {u"Shoira", u"Шоира"},     {u"Muhabbat", u"Муҳаббат"},
    {u"Nargiza", u"Наргиза"}, {u"Saida", u"Саида"},      {u"Munisa", u"Муниса"},
    {u"Charos", u"Чарос"},    {u"Oʻgʻiloy", u"Ўғилой"},  {u"Sanobar", u"Санобар"},
};

const char16_t *const BirthPlaces[] = {
    u"Toshkent", u"Samarqand", u"Andijon", u"Namangan", u"Fargʻona", u"Buxoro", u"Qarshi",
    u"Nukus",    u"Xiva",      u"Termiz",  u"Jizzax",   u"Guliston", u"Navoiy", u"Margʻilon",
};

// Fictional places of detention, marked as such.
const char16_t *const Facilities[] = {
    u"Demo Processing Center North",
    u"Demo Processing Center South",
    u"Demo County Detention Annex",
    u"Demo Service Processing Center",
};

const char16_t *const VisaClasses[] = {u"B1/B2", u"B1/B2", u"B1/B2", u"F-1", u"J-1", u"H-2B", u""};

template <typename T, size_t N> const T &pick(QRandomGenerator &rng, const T (&items)[N]) {
    return items[rng.bounded(quint32(N))];
}

QString str(const char16_t *s) {
    return QString::fromUtf16(s);
}

QString makePinfl(QRandomGenerator &rng, const QDate &birth, bool male) {
    const int centuryBase = birth.year() < 1900 ? 1 : birth.year() < 2000 ? 3 : 5;
    const int first = centuryBase + (male ? 0 : 1);
    QString digits = QString::number(first) + birth.toString(QStringLiteral("ddMMyy")) +
                     QStringLiteral("%1").arg(rng.bounded(1, 1000), 3, 10, QLatin1Char('0')) +
                     QStringLiteral("%1").arg(rng.bounded(1, 1000), 3, 10, QLatin1Char('0'));
    return digits + QString::number(Pinfl::checkDigit(digits));
}

CaseStatus pickStatus(QRandomGenerator &rng) {
    const int roll = int(rng.bounded(100));
    if (roll < 15)
        return CaseStatus::Registered;
    if (roll < 40)
        return CaseStatus::IdentityCheck;
    if (roll < 55)
        return CaseStatus::IdentityConfirmed;
    if (roll < 70)
        return CaseStatus::DocumentIssued;
    if (roll < 80)
        return CaseStatus::OnReturnList;
    if (roll < 92)
        return CaseStatus::Returned;
    return CaseStatus::Closed;
}

// One generated case, ready to be written: everything but the ids, which the database gives.
struct DemoCase {
    PreparedCase prepared;
    QDateTime registeredAt; // the clock while the person is written
    // Status history and identity requests in the order they happened; the first value of
    // each row is the case id, filled in when the case is written.
    struct Row {
        bool history = true; // status_history, else identity_request
        bool withReply = false;
        QVariantList values;
    };
    QList<Row> rows;
    QDateTime clockAfter; // the clock after the case's last step
};

} // namespace

Status DemoGenerator::generate(const Database &db, const Clock &clock, const Actor &actor,
                               const Options &options, const Progress &progress) {
    return generate(db.connection(), db.path(), clock, actor, options, progress);
}

Status DemoGenerator::generate(QSqlDatabase db, const QString &path, const Clock &clock,
                               const Actor &actor, const Options &options,
                               const Progress &progress) {
    if (options.cases < 1)
        return Error::make(ErrorKind::BadInput, tr("The number of demo cases must be at least 1."),
                           QStringLiteral("cases"));
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM return_case")) || !q.next())
            return Database::errorFromSql(q.lastError(), path);
        if (q.value(0).toLongLong() > 0)
            return Error::make(ErrorKind::BadInput,
                               tr("The register %1 already holds cases. Demo cases are only "
                                  "written to a new, empty register.")
                                   .arg(path));
    }

    const QDate today = clock.today();
    // Every record gets times of its own, deterministic for the seed and the day.
    FixedClock demoClock(QDateTime(today, QTime(9, 0), QTimeZone::utc()));
    ChangeWriter writer(db, path, demoClock, actor, Permission::ImportCases);
    writer.setCollectChanges(false);
    writer.setLogInserts(false); // fictional people: the generation is one line below
    const QString closeReasons[] = {
        tr("Left the country on their own."),
        tr("Found to be a citizen of another country."),
        tr("Legal status granted by the host country."),
    };
    const QString notes = tr("Demo record: a fictional person.");
    const QString requestSent = tr("Identity request %1 sent.");

    // The cases are generated on a thread of their own (names, keys, dates: all the text
    // work) while this thread writes them; the generation is deterministic all the same,
    // since one thread draws every random number in order.
    auto produce = [&](Pipeline<DemoCase>::Sink &sink) {
        QRandomGenerator rng(options.seed);
        const QString actorName = actor.name;
        std::vector<DemoCase> batch;
        for (int i = 0; i < options.cases; ++i) {
            const bool male = rng.bounded(100) < 62;
            const NamePair &surname = pick(rng, Surnames);
            const NamePair &given = male ? pick(rng, MaleNames) : pick(rng, FemaleNames);
            const NamePair &father = pick(rng, MaleNames);
            const int ageDays = int(rng.bounded(16 * 365, 70 * 365));
            const QDate birth = today.addDays(-ageDays);

            CaseRecord r;
            PersonRecord &p = r.person;
            p.surname = str(surname.latin) + (male ? QString() : QStringLiteral("a"));
            p.surnameCyrillic = str(surname.cyrillic) + (male ? QString() : QStringLiteral("а"));
            p.givenNames = str(given.latin);
            p.givenNamesCyrillic = str(given.cyrillic);
            p.patronymic =
                str(father.latin) + (male ? QStringLiteral(" oʻgʻli") : QStringLiteral(" qizi"));
            p.patronymicCyrillic =
                str(father.cyrillic) + (male ? QStringLiteral(" ўғли") : QStringLiteral(" қизи"));
            p.sex = male ? QStringLiteral("M") : QStringLiteral("F");
            p.birthDate = birth;
            p.birthPlace = str(pick(rng, BirthPlaces));
            p.pinfl = makePinfl(rng, birth, male);
            if (rng.bounded(100) < 70) {
                p.passportNumber = QStringLiteral("ZZ%1").arg(rng.bounded(1000000, 10000000));
                p.passportIssueDate = today.addDays(-int(rng.bounded(200, 3600)));
                p.passportExpiryDate = p.passportIssueDate.addYears(10).addDays(-1);
            }
            if (rng.bounded(100) < 20)
                p.familyGroup =
                    QStringLiteral("DEMO-FAM-%1").arg(rng.bounded(1, options.cases / 10 + 2));

            const QDate earliestEntry = std::max(birth.addYears(1), today.addYears(-12));
            const qint64 entrySpan = std::max<qint64>(1, earliestEntry.daysTo(today.addDays(-60)));
            r.entryDate = earliestEntry.addDays(qint64(rng.bounded(quint32(entrySpan))));
            r.visaClass = str(pick(rng, VisaClasses));
            if (r.visaClass == QStringLiteral("F-1"))
                r.durationOfStatus = true;
            else if (!r.visaClass.isEmpty())
                r.authorizedUntil = r.entryDate.addMonths(6);
            r.hostReference = QStringLiteral("%1").arg(rng.bounded(200000000, 300000000));
            if (rng.bounded(100) < 40) {
                r.custody = QStringLiteral("detained");
                r.facility = str(pick(rng, Facilities));
            }
            r.hostRequest.reference =
                QStringLiteral("DEMO-TDR-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            r.hostRequest.officer = QStringLiteral("Demo Officer %1").arg(rng.bounded(1, 30));
            r.hostRequest.orderType =
                orderTypeCodes().at(int(rng.bounded(quint32(orderTypeCodes().size()))));
            r.returnWish =
                returnWishCodes().at(int(rng.bounded(quint32(returnWishCodes().size()))));
            r.assignedOfficer = actorName;
            r.notes = notes;
            if (rng.bounded(100) < 5)
                r.needs << QStringLiteral("wheelchair");

            // The case's life: registered some days ago, each later step a few days after.
            const CaseStatus finalStatus = pickStatus(rng);
            // Older cases first, so that case references follow the order of registration.
            const int ageOfCase =
                5 + int(qint64(options.cases - 1 - i) * 395 / std::max(1, options.cases - 1));
            const int stepDays = std::max(1, ageOfCase / 8);
            const bool closed = finalStatus == CaseStatus::Closed;
            const int forwardSteps =
                closed ? int(rng.bounded(0, 3)) : CaseStatusInfo::rank(finalStatus);
            const QDateTime registeredAt(today.addDays(-ageOfCase),
                                         QTime(8 + int(rng.bounded(9)), int(rng.bounded(60))),
                                         QTimeZone::utc());
            const int totalSteps = forwardSteps + (closed ? 1 : 0);
            auto stepTime = [&](int k) {
                return registeredAt.addDays(qint64(k) * stepDays);
            };
            r.hostRequest.receivedDate = registeredAt.date();
            r.hostRequest.orderDate = registeredAt.date().addDays(-int(rng.bounded(1, 60)));
            if (r.hostRequest.orderDate <= r.entryDate)
                r.hostRequest.orderDate = r.entryDate.addDays(1);
            r.status = finalStatus;
            r.createdAt = registeredAt;
            r.updatedAt = stepTime(totalSteps);

            DemoCase item;
            item.prepared = CaseRepository::prepareCase(r, today);
            item.registeredAt = registeredAt;
            item.clockAfter = registeredAt;
            // As CaseRepository::insertStatusChange() writes them (statusHistoryColumns()).
            auto step = [&](const QString &at, const QString &from, CaseStatus to,
                            const QString &comment) {
                item.rows << DemoCase::Row{
                    true,
                    false,
                    {QVariant(), at, actorName, from, CaseStatusInfo::code(to), comment.trimmed()}};
            };
            step(dates::toIsoDateTime(registeredAt), QString(), CaseStatus::Registered, QString());
            QString previous = CaseStatusInfo::code(CaseStatus::Registered);
            static const CaseStatus path[] = {
                CaseStatus::IdentityCheck, CaseStatus::IdentityConfirmed,
                CaseStatus::DocumentIssued, CaseStatus::OnReturnList, CaseStatus::Returned};
            for (int k = 0; k < forwardSteps; ++k) {
                const CaseStatus next = path[k];
                item.clockAfter = stepTime(k + 1);
                const QString at = dates::toIsoDateTime(item.clockAfter);
                QString comment;
                if (next == CaseStatus::IdentityCheck) {
                    // The request, and its reply when the case went further (or sometimes
                    // a request for more information), written as one row.
                    const QDate sent = stepTime(k + 1).date();
                    const QString number = QStringLiteral("DEMO-%1/%2").arg(sent.year()).arg(i + 1);
                    DemoCase::Row request{
                        false, false, {QVariant(), number, dates::toIso(sent), actorName, at, at}};
                    if (forwardSteps > 1 || rng.bounded(3) == 0) {
                        request.withReply = true;
                        request.values << QStringLiteral("R-%1").arg(i + 1)
                                       << dates::toIso(stepTime(k + 2).date())
                                       << (forwardSteps > 1 ? QStringLiteral("confirmed")
                                                            : QStringLiteral("more_info"));
                    }
                    item.rows << request;
                    comment = requestSent.arg(number);
                }
                step(at, previous, next, comment);
                previous = CaseStatusInfo::code(next);
            }
            if (closed) {
                item.clockAfter = stepTime(totalSteps);
                step(dates::toIsoDateTime(item.clockAfter), previous, CaseStatus::Closed,
                     closeReasons[rng.bounded(3)]);
            }
            batch.push_back(std::move(item));
            if (batch.size() == 64 || i + 1 == options.cases) {
                if (!sink.push(std::move(batch)))
                    return;
                batch = {};
            }
        }
    };

    // A new register is filled with a rollback journal, which need not copy pages that
    // did not exist before; the WAL would write every page twice.
    auto journal = [&](const QString &mode) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = ") + mode);
    };
    journal(QStringLiteral("DELETE"));
    // The whole new register in the page cache while it is written (up to 512 MiB; pages
    // are allocated only as they are used), so that no page is written twice.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -524288"));
    const Status written = Database::transaction(db, path, [&]() -> Status {
        Result<QStringList> indexes = Database::dropSecondaryIndexes(db, path);
        if (!indexes)
            return indexes.error();
        Result<std::unique_ptr<DeferredChecks>> checks = DeferredChecks::begin(db, path);
        if (!checks)
            return checks.error();
        const QStringList requestColumns = {
            QStringLiteral("case_id"),    QStringLiteral("out_number"),
            QStringLiteral("out_date"),   QStringLiteral("created_by"),
            QStringLiteral("created_at"), QStringLiteral("updated_at")};
        const QStringList replyColumns =
            requestColumns + QStringList{QStringLiteral("reply_number"),
                                         QStringLiteral("reply_date"),
                                         QStringLiteral("reply_result")};
        Result<ChangeWriter::Shape> history =
            writer.insertShape(QStringLiteral("status_history"), statusHistoryColumns());
        if (!history)
            return history.error();
        Result<ChangeWriter::Shape> request =
            writer.insertShape(QStringLiteral("identity_request"), requestColumns);
        if (!request)
            return request.error();
        Result<ChangeWriter::Shape> reply =
            writer.insertShape(QStringLiteral("identity_request"), replyColumns);
        if (!reply)
            return reply.error();
        // A confirmed reply keeps the person's record as the confirmed one, as
        // CaseRepository::recordIdentityReply() does.
        QStringList confirmedColumns = {QStringLiteral("request_id"), QStringLiteral("case_id")};
        confirmedColumns << confirmedIdentityColumns(PersonRecord()).keys();
        Result<ChangeWriter::Shape> confirmed =
            writer.insertShape(QStringLiteral("confirmed_identity"), confirmedColumns);
        if (!confirmed)
            return confirmed.error();
        CaseRefBlock refs(today.year());

        Pipeline<DemoCase> pipeline(16, produce);
        int done = 0;
        while (std::optional<std::vector<DemoCase>> batch = pipeline.next()) {
            for (DemoCase &item : *batch) {
                if (hasErrors(item.prepared.issues))
                    return Error::make(ErrorKind::Internal, item.prepared.issues.first().message);
                demoClock.set(item.registeredAt);
                Result<qint64> caseId =
                    CaseRepository::writeCase(writer, item.prepared, today, &refs);
                if (!caseId)
                    return caseId.error();
                for (DemoCase::Row &row : item.rows) {
                    row.values[0] = caseId.value();
                    Result<qint64> id = writer.insertRow(
                        row.history ? history.value()
                                    : (row.withReply ? reply.value() : request.value()),
                        row.values);
                    if (!id)
                        return id.error();
                    if (row.withReply && row.values.last() == QStringLiteral("confirmed")) {
                        QVariantList values = {id.value(), caseId.value()};
                        values << confirmedIdentityColumns(item.prepared.record.person).values();
                        if (Result<qint64> c = writer.insertRow(confirmed.value(), values); !c)
                            return c.error();
                    }
                }
                demoClock.set(item.clockAfter);
                ++done;
                if (progress && (done % 1000 == 0 || done == options.cases) &&
                    !progress(done, options.cases))
                    return Error::make(ErrorKind::BadInput,
                                       tr("Cancelled: no demo case was written."));
            }
        }
        Q_ASSERT(done == options.cases);
        if (Status s = refs.finish(writer); !s)
            return s;
        if (Status s = checks.value()->verify(); !s)
            return s;
        if (Status s = writer.logEvent(QStringLiteral("return_case"),
                                       QStringLiteral("demo: %1 fictional cases, seed %2")
                                           .arg(options.cases)
                                           .arg(options.seed));
            !s)
            return s;
        return Database::runStatements(db, path, indexes.value());
    });
    journal(QStringLiteral("WAL"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(Database::CacheSizePragma));
    return written;
}

} // namespace qaytish
