#include "safetycopies.h"

#include "registercheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace qaytish {

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

std::optional<SafetyCopy> parseName(const QFileInfo &info) {
    // 20261129-031500-daily.qaytish
    const QString base = info.completeBaseName();
    if (info.suffix() != u"qaytish" || base.size() < 17 || base.at(15) != u'-')
        return std::nullopt;
    QDateTime at = QDateTime::fromString(base.left(15), StampFormat);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return SafetyCopy{info.absoluteFilePath(), at, base.mid(16), info.size()};
}

Error fileError(const QString &message, const QString &file) {
    Error e = Error::make(ErrorKind::Io, message);
    e.file = file;
    return e;
}

// Copies a file through a temporary file in the target's folder that replaces the target
// only when complete.
Status copyWhole(const QString &from, const QString &to) {
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fileError(
            SafetyCopies::tr("%1 cannot be read: %2").arg(nativePath(from), in.errorString()),
            from);
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return fileError(
            SafetyCopies::tr("%1 cannot be written: %2").arg(nativePath(to), out.errorString()),
            to);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return fileError(
                SafetyCopies::tr("%1 cannot be read: %2").arg(nativePath(from), in.errorString()),
                from);
        if (out.write(chunk) != chunk.size())
            return fileError(
                SafetyCopies::tr("%1 cannot be written: %2").arg(nativePath(to), out.errorString()),
                to);
    }
    if (!out.commit())
        return fileError(
            SafetyCopies::tr("%1 cannot be written: %2").arg(nativePath(to), out.errorString()),
            to);
    return {};
}

} // namespace

QString SafetyCopies::folderFor(const QString &registerPath) {
    const QFileInfo info(registerPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".safety"));
}

QList<SafetyCopy> SafetyCopies::list(const QString &registerPath) {
    QList<SafetyCopy> copies;
    const QDir dir(folderFor(registerPath));
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.qaytish")}, QDir::Files)) {
        if (const std::optional<SafetyCopy> copy = parseName(info))
            copies << *copy;
    }
    std::sort(copies.begin(), copies.end(), [](const SafetyCopy &a, const SafetyCopy &b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return copies;
}

Result<SafetyCopy> SafetyCopies::make(QSqlDatabase db, const QString &registerPath,
                                      const QString &reason, const QDateTime &now, int kept) {
    const QString folder = folderFor(registerPath);
    if (!QDir().mkpath(folder))
        return fileError(
            tr("The folder %1 for safety copies cannot be made.").arg(nativePath(folder)), folder);
    const QString stamp = now.toUTC().toString(StampFormat);
    QString path = QDir(folder).filePath(QStringLiteral("%1-%2.qaytish").arg(stamp, reason));
    QFile::remove(path); // a copy of the same second and reason is made again
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        QFile::remove(path);
        Error e = fileError(
            tr("No safety copy of %1 could be made in %2: %3")
                .arg(nativePath(registerPath), nativePath(folder), q.lastError().databaseText()),
            registerPath);
        return e;
    }
    // Only copies of the same kind count towards `kept`: the daily copies never push out
    // the copy made before an upgrade.
    const bool daily = reason == u"daily";
    int seen = 0;
    for (const SafetyCopy &copy : list(registerPath)) {
        if ((copy.reason == u"daily") != daily)
            continue;
        if (++seen > std::max(1, kept))
            QFile::remove(copy.path);
    }
    const QFileInfo info(path);
    return SafetyCopy{info.absoluteFilePath(), now.toUTC(), reason, info.size()};
}

Result<std::optional<SafetyCopy>> SafetyCopies::makeDaily(QSqlDatabase db,
                                                          const QString &registerPath,
                                                          const QDateTime &now, int kept) {
    const QDate today = now.toUTC().date();
    for (const SafetyCopy &copy : list(registerPath)) {
        if (copy.reason == u"daily" && copy.madeAt.date() == today)
            return std::optional<SafetyCopy>();
    }
    Result<SafetyCopy> made = make(db, registerPath, QStringLiteral("daily"), now, kept);
    if (!made)
        return made.error();
    return std::optional<SafetyCopy>(made.value());
}

Status SafetyCopies::restore(const QString &copyPath, const QString &registerPath,
                             const QDateTime &now) {
    Result<RegisterHealth> health = RegisterCheck::run(copyPath, true);
    if (!health)
        return health.error();
    if (!health->healthy()) {
        Error e = Error::make(ErrorKind::Damaged,
                              tr("The safety copy %1 is damaged itself (%2); the register was "
                                 "left as it was.")
                                  .arg(nativePath(copyPath), health->problems.first()));
        e.file = copyPath;
        return e;
    }
    // The register as it is now, whatever its state, with its -wal file: a byte copy, since
    // a damaged register may not be readable by SQLite at all.
    const QString folder = folderFor(registerPath);
    if (!QDir().mkpath(folder))
        return fileError(
            tr("The folder %1 for safety copies cannot be made.").arg(nativePath(folder)), folder);
    const QString wal = registerPath + QStringLiteral("-wal");
    if (QFile::exists(registerPath)) {
        const QString kept = QDir(folder).filePath(
            QStringLiteral("%1-before-restore.qaytish").arg(now.toUTC().toString(StampFormat)));
        if (Status s = copyWhole(registerPath, kept); !s)
            return s;
        if (QFile::exists(wal)) {
            if (Status s = copyWhole(wal, kept + QStringLiteral("-wal")); !s)
                return s;
        }
    }
    // The copy takes the register's place only when it is complete.
    if (Status s = copyWhole(copyPath, registerPath); !s)
        return s;
    for (const QString &stale : {wal, registerPath + QStringLiteral("-shm")}) {
        if (QFile::exists(stale) && !QFile::remove(stale))
            return fileError(tr("%1 is left from the register before the restore and cannot be "
                                "removed; remove it before opening the register.")
                                 .arg(nativePath(stale)),
                             stale);
    }
    return {};
}

} // namespace qaytish
