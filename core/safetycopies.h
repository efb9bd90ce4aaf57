#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace qaytish {

// A consistent copy of a register, kept beside it so that a damaged file, a wrong import or
// a failed upgrade can be undone (docs/RELIABILITY.md). Copies live in the folder
// "<register>.safety" next to the register, named "<stamp>-<reason>.qaytish":
//   daily           the first opening of a day
//   before-vN       before the schema is migrated to version N
//   before-restore  the register as it was before a safety copy replaced it
//   after-retention the register right after persons were anonymised (renewAfterRetention)
// They are plain registers: any of them can be opened or checked like the register itself.
struct SafetyCopy {
    QString path;
    QDateTime madeAt; // UTC, from the name
    QString reason;   // daily, before-vN, before-restore, after-retention
    qint64 bytes = 0;
};

// What renewAfterRetention() did.
struct SafetyCopiesRenewal {
    std::optional<SafetyCopy> made; // the new copy, when it could be made
    std::optional<Error> notMade;   // why not
    int removed = 0;                // copies made before, deleted
    QStringList notRemoved;         // copies made before that could not be deleted
};

class SafetyCopies {
    Q_DECLARE_TR_FUNCTIONS(SafetyCopies)
public:
    static constexpr int DefaultKept = 7;

    static QString folderFor(const QString &registerPath);
    // Newest first.
    static QList<SafetyCopy> list(const QString &registerPath);

    // A copy through `db` (VACUUM INTO: consistent, also with a -wal file beside the
    // register), then the oldest copies of the same kind beyond `kept` are removed.
    static Result<SafetyCopy> make(QSqlDatabase db, const QString &registerPath,
                                   const QString &reason, const QDateTime &now, int kept);
    // The daily copy when none was made on `now`'s day (UTC); nothing otherwise.
    static Result<std::optional<SafetyCopy>> makeDaily(QSqlDatabase db, const QString &registerPath,
                                                       const QDateTime &now, int kept);

    // After persons were anonymised (core/retention.h) every copy made before still holds
    // their data, and restoring one would bring it back. So a new copy of the register as it
    // is now is made, and every copy made before is deleted (also when the new one could not
    // be made: the anonymisation is done and must not be undone from a copy).
    static SafetyCopiesRenewal renewAfterRetention(QSqlDatabase db, const QString &registerPath,
                                                   const QDateTime &now);

    // Replaces the register by a safety copy. The register must be closed. The copy is
    // checked first (checkReplacement), then takes the register's place (replaceRegister).
    static Status restore(const QString &copyPath, const QString &registerPath,
                          const QDateTime &now);

    // The pieces that safety copies and backups (core/backups) share, so that there is one
    // way to copy a register and one way to replace it.

    // A consistent copy of the register open on `db` into `target` (VACUUM INTO: consistent
    // also with a -wal file beside the register; the copy is a single file in rollback-journal
    // mode). `target` must not exist or be empty; on failure it is removed.
    static Status copyInto(QSqlDatabase db, const QString &registerPath, const QString &target);
    // Whether `file` may replace a register: a Qaytish register this version reads, sound
    // under the full check (integrity_check, foreign keys, certificate numbers). `shownAs`
    // names it in the messages (a backup, for the temporary file it was unsealed into).
    static Status checkReplacement(const QString &file, const QString &shownAs);
    // Replaces the register by `checkedFile`, which passed checkReplacement(). The register
    // as it is, with its -wal file, is kept as a "before-restore" copy; a register that
    // another connection (another program) still has open is refused as busy; the file then
    // takes its place through a temporary file renamed over it, and the -wal, -shm and
    // -journal of the old register are removed so that SQLite cannot apply them to the new
    // one. Returns the path of the before-restore copy (empty when there was no register).
    static Result<QString> replaceRegister(const QString &checkedFile, const QString &registerPath,
                                           const QDateTime &now);
};

} // namespace qaytish
