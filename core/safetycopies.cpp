#include "safetycopies.h"

#include "registercheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
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
    return Error::inFile(ErrorKind::Io, message, file);
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
    if (Status copied = copyInto(db, registerPath, path); !copied)
        return fileError(
            tr("No safety copy of %1 could be made in %2: %3")
                .arg(nativePath(registerPath), nativePath(folder), copied.error().message),
            registerPath);
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

SafetyCopiesRenewal SafetyCopies::renewAfterRetention(QSqlDatabase db, const QString &registerPath,
                                                      const QDateTime &now) {
    SafetyCopiesRenewal renewal;
    const QList<SafetyCopy> before = list(registerPath);
    Result<SafetyCopy> made =
        make(db, registerPath, QStringLiteral("after-retention"), now, int(before.size()) + 1);
    if (made)
        renewal.made = made.value();
    else
        renewal.notMade = made.error();
    for (const SafetyCopy &copy : before) {
        if (renewal.made && copy.path == renewal.made->path)
            continue; // made again within the same second
        if (QFile::remove(copy.path))
            ++renewal.removed;
        else if (QFileInfo::exists(copy.path))
            renewal.notRemoved << nativePath(copy.path);
    }
    return renewal;
}

Status SafetyCopies::restore(const QString &copyPath, const QString &registerPath,
                             const QDateTime &now) {
    if (Status s = checkReplacement(copyPath, copyPath); !s)
        return s;
    Result<QString> replaced = replaceRegister(copyPath, registerPath, now);
    if (!replaced)
        return replaced.error();
    return {};
}

Status SafetyCopies::copyInto(QSqlDatabase db, const QString &registerPath, const QString &target) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return fileError(q.lastError().databaseText(), registerPath);
    }
    return {};
}

Status SafetyCopies::checkReplacement(const QString &file, const QString &shownAs) {
    Result<RegisterHealth> health = RegisterCheck::run(file, true);
    if (!health) {
        // The check names the file it read; the officer chose `shownAs`.
        Error e = health.error();
        e.message.replace(nativePath(file), nativePath(shownAs));
        e.file = shownAs;
        return e;
    }
    if (!health->healthy()) {
        return Error::inFile(ErrorKind::Damaged,
                             tr("%1 is damaged (%2); the register was left as it was.")
                                 .arg(nativePath(shownAs), health->problems.first()),
                             shownAs);
    }
    return {};
}

namespace {

// Whether another connection has the register open. An idle connection of another program
// holds no lock on the file in WAL mode, but it keeps the -shm in use: a connection in
// exclusive locking mode cannot begin an exclusive transaction while any other connection
// is open. Replacing a register that a running program still reads or writes would leave
// that program writing into a file that is no longer the register. Other failures (a
// damaged register) are not this check's business: the register is replaced whatever its
// state.
Status notInUse(const QString &registerPath) {
    if (!QFileInfo::exists(registerPath))
        return {};
    const QString name = QStringLiteral("qaytish-replace-%1").arg(quintptr(&registerPath));
    // SQLite reports this lock as busy at once, without its busy handler: a connection that
    // is being closed (a reader thread letting go of the register) gets a moment to go.
    bool busy = false;
    for (int attempt = 0; attempt < 30; ++attempt) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(registerPath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"));
                if (q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
                    q.exec(QStringLiteral("COMMIT"));
                busy = q.lastError().nativeErrorCode() == u"5"; // SQLITE_BUSY
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (!busy)
            break;
        QThread::msleep(100);
    }
    if (!busy)
        return {};
    return Error::inFile(ErrorKind::Busy,
                         SafetyCopies::tr("The register %1 is open in another program (another "
                                          "Qaytish window, or the command-line program): "
                                          "close it there first. The register was left as it "
                                          "was.")
                             .arg(nativePath(registerPath)),
                         registerPath);
}

} // namespace

Result<QString> SafetyCopies::replaceRegister(const QString &checkedFile,
                                              const QString &registerPath, const QDateTime &now) {
    // The register as it is now, whatever its state, with its -wal file: a byte copy, since
    // a damaged register may not be readable by SQLite at all. It is taken before the check
    // for other connections, which applies the -wal to the register when it succeeds.
    const QString folder = folderFor(registerPath);
    if (!QDir().mkpath(folder))
        return fileError(
            tr("The folder %1 for safety copies cannot be made.").arg(nativePath(folder)), folder);
    const QString wal = registerPath + QStringLiteral("-wal");
    QString kept;
    if (QFile::exists(registerPath)) {
        kept = QDir(folder).filePath(
            QStringLiteral("%1-before-restore.qaytish").arg(now.toUTC().toString(StampFormat)));
        Status copied = copyWhole(registerPath, kept);
        if (copied && QFile::exists(wal))
            copied = copyWhole(wal, kept + QStringLiteral("-wal"));
        if (copied)
            copied = notInUse(registerPath);
        if (!copied) {
            QFile::remove(kept);
            QFile::remove(kept + QStringLiteral("-wal"));
            return copied.error();
        }
    }
    // The file takes the register's place only when it is complete.
    if (Status s = copyWhole(checkedFile, registerPath); !s)
        return s.error();
    for (const QString &stale :
         {wal, registerPath + QStringLiteral("-shm"), registerPath + QStringLiteral("-journal")}) {
        if (QFile::exists(stale) && !QFile::remove(stale))
            return fileError(tr("%1 is left from the register before the restore and cannot be "
                                "removed; remove it before opening the register.")
                                 .arg(nativePath(stale)),
                             stale);
    }
    return kept;
}

} // namespace qaytish
