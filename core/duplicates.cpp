#include "duplicates.h"

#include "changewriter.h"
#include "dates.h"
#include "names.h"

#include <QSqlQuery>

#include <algorithm>

namespace qaytish {

namespace {

QStringList keyWords(const QString &text) {
    return names::searchKey(text).split(u' ', Qt::SkipEmptyParts);
}

bool anyWholeWord(const QString &word, const QStringList &storedWords) {
    return std::any_of(storedWords.cbegin(), storedWords.cend(),
                       [&](const QString &s) { return names::wordMatches(word, s, true); });
}

// The surname of `record` in either script matches the stored person: as a whole name
// against a stored surname, or word by word against the words of the stored key (a
// surname that an import or the MRZ put among the given names).
bool surnameMatches(const PersonRecord &record, const PersonRecord &stored,
                    const QStringList &storedWords) {
    for (const QString &surname : {record.surname, record.surnameCyrillic}) {
        const QString key = names::searchKey(surname);
        if (key.isEmpty())
            continue;
        for (const QString &other : {stored.surname, stored.surnameCyrillic}) {
            if (names::sameName(key, names::searchKey(other)))
                return true;
        }
        const QStringList words = key.split(u' ', Qt::SkipEmptyParts);
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString &w) { return anyWholeWord(w, storedWords); }))
            return true;
    }
    return false;
}

// The first given name of `record`, in either script, is a word of the stored key.
bool givenNameMatches(const PersonRecord &record, const QStringList &storedWords) {
    for (const QString &given : {record.givenNames, record.givenNamesCyrillic}) {
        const QStringList words = keyWords(given);
        if (!words.isEmpty() && anyWholeWord(words.first(), storedWords))
            return true;
    }
    return false;
}

const QString MatchSelect = QStringLiteral(
    "SELECT c.id, c.case_ref, p.id, p.surname, p.given_names, p.patronymic, "
    "p.surname_cyrillic, p.given_names_cyrillic, p.patronymic_cyrillic, p.birth_date, "
    "p.search_key FROM person p JOIN return_case c ON c.person_id = p.id WHERE ");

struct Candidate {
    DuplicateMatch match;
    PersonRecord person;
    QStringList keyWords;
};

Result<QList<Candidate>> candidates(QSqlDatabase db, const QString &path, const QString &condition,
                                    const QVariant &value) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(MatchSelect + condition + QStringLiteral(" ORDER BY c.id")))
        return Database::errorFromSql(q.lastError(), path);
    q.addBindValue(value);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    QList<Candidate> list;
    while (q.next()) {
        Candidate c;
        c.match.caseId = q.value(0).toLongLong();
        c.match.caseRef = q.value(1).toString();
        c.match.personId = q.value(2).toLongLong();
        c.person.id = c.match.personId;
        c.person.surname = q.value(3).toString();
        c.person.givenNames = q.value(4).toString();
        c.person.patronymic = q.value(5).toString();
        c.person.surnameCyrillic = q.value(6).toString();
        c.person.givenNamesCyrillic = q.value(7).toString();
        c.person.patronymicCyrillic = q.value(8).toString();
        c.person.birthDate = dates::fromIso(q.value(9).toString());
        c.match.birthDate = c.person.birthDate;
        c.keyWords = q.value(10).toString().split(u' ', Qt::SkipEmptyParts);
        const QString latin = c.person.fullNameLatin();
        c.match.fullName = latin.isEmpty() ? c.person.fullNameCyrillic() : latin;
        list << c;
    }
    if (q.lastError().isValid())
        return Database::errorFromSql(q.lastError(), path);
    return list;
}

Result<bool> isLinked(QSqlDatabase db, const QString &path, qint64 a, qint64 b) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM person_link WHERE person_a = ? AND person_b = ?"));
    q.addBindValue(std::min(a, b));
    q.addBindValue(std::max(a, b));
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    return q.next();
}

PersonLink linkFromQuery(const QSqlQuery &q) {
    PersonLink l;
    l.id = q.value(0).toLongLong();
    l.personA = q.value(1).toLongLong();
    l.personB = q.value(2).toLongLong();
    l.linkedBy = q.value(3).toString();
    l.linkedAt = dates::fromIsoDateTime(q.value(4).toString());
    l.note = q.value(5).toString();
    return l;
}

const QString LinkSelect =
    QStringLiteral("SELECT id, person_a, person_b, linked_by, linked_at, note FROM person_link ");

} // namespace

QString DuplicateMatch::reasonsText() const {
    QStringList texts;
    for (const DuplicateReason r : reasons)
        texts << DuplicateFinder::reasonText(r);
    return texts.join(QStringLiteral("; "));
}

QString DuplicateFinder::reasonText(DuplicateReason reason) {
    switch (reason) {
    case DuplicateReason::SamePinfl:
        return tr("same PINFL");
    case DuplicateReason::SamePassport:
        return tr("same passport number");
    case DuplicateReason::SameBirthDateAndName:
        return tr("same date of birth and a matching name");
    }
    return {};
}

bool DuplicateFinder::identityChanged(const PersonRecord &a, const PersonRecord &b) {
    return a.surname != b.surname || a.givenNames != b.givenNames ||
           a.surnameCyrillic != b.surnameCyrillic || a.givenNamesCyrillic != b.givenNamesCyrillic ||
           a.birthDate != b.birthDate || a.pinfl != b.pinfl || a.passportNumber != b.passportNumber;
}

Result<QList<DuplicateMatch>> DuplicateFinder::find(QSqlDatabase db, const QString &path,
                                                    const CaseRecord &record,
                                                    qint64 excludeCaseId) {
    const PersonRecord &person = record.person;
    QList<DuplicateMatch> matches;
    auto add = [&](const DuplicateMatch &m, DuplicateReason reason) {
        if (m.caseId == excludeCaseId || (person.id != 0 && m.personId == person.id))
            return;
        auto it = std::find_if(matches.begin(), matches.end(),
                               [&](const DuplicateMatch &x) { return x.caseId == m.caseId; });
        if (it == matches.end()) {
            matches << m;
            it = matches.end() - 1;
        }
        if (!it->reasons.contains(reason))
            it->reasons << reason;
    };

    if (!person.pinfl.isEmpty()) {
        const auto found = candidates(db, path, QStringLiteral("p.pinfl = ?"), person.pinfl);
        if (!found)
            return found.error();
        for (const Candidate &c : found.value())
            add(c.match, DuplicateReason::SamePinfl);
    }
    if (!person.passportNumber.isEmpty()) {
        const auto found =
            candidates(db, path, QStringLiteral("p.passport_number = ?"), person.passportNumber);
        if (!found)
            return found.error();
        for (const Candidate &c : found.value())
            add(c.match, DuplicateReason::SamePassport);
    }
    if (person.birthDate.isValid()) {
        const auto found = candidates(db, path, QStringLiteral("p.birth_date = ?"),
                                      dates::toIso(person.birthDate));
        if (!found)
            return found.error();
        for (const Candidate &c : found.value()) {
            if (surnameMatches(person, c.person, c.keyWords) &&
                givenNameMatches(person, c.keyWords))
                add(c.match, DuplicateReason::SameBirthDateAndName);
        }
    }

    std::sort(matches.begin(), matches.end(),
              [](const DuplicateMatch &a, const DuplicateMatch &b) { return a.caseId < b.caseId; });
    if (person.id != 0) {
        for (DuplicateMatch &m : matches) {
            const Result<bool> linked = isLinked(db, path, person.id, m.personId);
            if (!linked)
                return linked.error();
            m.linked = linked.value();
        }
    }
    return matches;
}

PersonLinks::PersonLinks(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

Result<qint64> PersonLinks::personOfCase(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT person_id FROM return_case WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    if (!q.next())
        return Error::make(ErrorKind::NotFound, tr("Case %1 does not exist.").arg(caseId));
    return q.value(0).toLongLong();
}

Result<PersonLink> PersonLinks::linkCases(const Actor &actor, qint64 caseIdA, qint64 caseIdB,
                                          const QString &note) {
    const Result<qint64> a = personOfCase(caseIdA);
    if (!a)
        return a.error();
    const Result<qint64> b = personOfCase(caseIdB);
    if (!b)
        return b.error();
    return linkPersons(actor, a.value(), b.value(), note);
}

Result<PersonLink> PersonLinks::linkPersons(const Actor &actor, qint64 personA, qint64 personB,
                                            const QString &note) {
    if (personA == personB || personA <= 0 || personB <= 0)
        return Error::make(ErrorKind::BadInput,
                           tr("A person can only be linked with another person."));
    const qint64 low = std::min(personA, personB);
    const qint64 high = std::max(personA, personB);
    QSqlDatabase db = m_db.connection();
    PersonLink link;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(db);
        q.prepare(LinkSelect + QStringLiteral("WHERE person_a = ? AND person_b = ?"));
        q.addBindValue(low);
        q.addBindValue(high);
        if (!q.exec())
            return Database::errorFromSql(q.lastError(), m_db.path());
        if (q.next()) {
            link = linkFromQuery(q);
            return {};
        }
        ChangeWriter writer(db, m_db.path(), m_clock, actor, Permission::EditCases);
        const QString now = writer.nowText();
        const Result<qint64> id =
            writer.insert(QStringLiteral("person_link"), {{QStringLiteral("person_a"), low},
                                                          {QStringLiteral("person_b"), high},
                                                          {QStringLiteral("linked_by"), actor.name},
                                                          {QStringLiteral("linked_at"), now},
                                                          {QStringLiteral("note"), note}});
        if (!id)
            return id.error();
        link.id = id.value();
        link.personA = low;
        link.personB = high;
        link.linkedBy = actor.name;
        link.linkedAt = dates::fromIsoDateTime(now);
        link.note = note;
        return {};
    });
    if (!s)
        return s.error();
    return link;
}

Result<QList<PersonLink>> PersonLinks::linksOf(qint64 personId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(LinkSelect + QStringLiteral("WHERE person_a = ? UNION ") + LinkSelect +
              QStringLiteral("WHERE person_b = ? ORDER BY id"));
    q.addBindValue(personId);
    q.addBindValue(personId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    QList<PersonLink> links;
    while (q.next())
        links << linkFromQuery(q);
    return links;
}

} // namespace qaytish
