#include "personphoto.h"

#include "changewriter.h"
#include "dates.h"

#include <QSqlQuery>

namespace qaytish {

namespace {

Result<qint64> personOfCase(QSqlDatabase db, const QString &path, qint64 caseId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT person_id FROM return_case WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    if (!q.next())
        return Error::make(ErrorKind::NotFound,
                           PersonPhotoStore::tr("The case is not in the register."));
    return q.value(0).toLongLong();
}

} // namespace

PersonPhotoStore::PersonPhotoStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

Status PersonPhotoStore::setForCase(const Actor &actor, qint64 caseId, const QByteArray &jpeg,
                                    int width, int height) {
    // A JPEG starts with FF D8 FF; anything else did not come from documents/photo.
    if (jpeg.size() < 4 || !jpeg.startsWith("\xFF\xD8\xFF") || width <= 0 || height <= 0)
        return Error::make(ErrorKind::BadInput, tr("The photo is not a JPEG image."),
                           QStringLiteral("photo"));
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::StorePhoto);
    return m_db.transaction([&]() -> Status {
        Result<qint64> person = personOfCase(m_db.connection(), m_db.path(), caseId);
        if (!person)
            return person.error();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM person_photo WHERE person_id = ?"));
        q.addBindValue(person.value());
        if (!q.exec())
            return Database::errorFromSql(q.lastError(), m_db.path());
        const QVariantMap values{{QStringLiteral("person_id"), person.value()},
                                 {QStringLiteral("image"), jpeg},
                                 {QStringLiteral("width"), width},
                                 {QStringLiteral("height"), height}};
        // The image bytes are not copied into the audit trail: only that the photo changed.
        writer.setCollectChanges(false);
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            Result<QList<FieldChange>> changed = writer.update(
                QStringLiteral("person_photo"), id,
                {{QStringLiteral("width"), width}, {QStringLiteral("height"), height}});
            if (!changed)
                return changed.error();
            Result<QSqlQuery *> image =
                writer.run(QStringLiteral("UPDATE person_photo SET image = ?, updated_at = ? "
                                          "WHERE id = ?"),
                           {jpeg, writer.nowText(), id});
            if (!image)
                return image.error();
            return writer.logEvent(QStringLiteral("person_photo"),
                                   QStringLiteral("photo %1 replaced").arg(id));
        }
        q.finish();
        Result<qint64> id = writer.insert(QStringLiteral("person_photo"), values);
        if (!id)
            return id.error();
        return {};
    });
}

Result<std::optional<PersonPhoto>> PersonPhotoStore::forCase(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT f.person_id, f.image, f.width, f.height, f.updated_at "
                             "FROM person_photo f JOIN return_case c ON c.person_id = f.person_id "
                             "WHERE c.id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    if (!q.next())
        return std::optional<PersonPhoto>();
    PersonPhoto p;
    p.personId = q.value(0).toLongLong();
    p.jpeg = q.value(1).toByteArray();
    p.width = q.value(2).toInt();
    p.height = q.value(3).toInt();
    p.updatedAt = dates::fromIsoDateTime(q.value(4).toString());
    return std::optional<PersonPhoto>(p);
}

} // namespace qaytish
