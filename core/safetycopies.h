#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qaytish {

// A consistent copy of a register, kept beside it so that a damaged file, a wrong import or
// a failed upgrade can be undone (docs/RELIABILITY.md). Copies live in the folder
// "<register>.safety" next to the register, named "<stamp>-<reason>.qaytish":
//   daily           the first opening of a day
//   before-vN       before the schema is migrated to version N
//   before-restore  the register as it was before a safety copy replaced it
// They are plain registers: any of them can be opened or checked like the register itself.
struct SafetyCopy {
    QString path;
    QDateTime madeAt; // UTC, from the name
    QString reason;   // daily, before-vN, before-restore
    qint64 bytes = 0;
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

    // Replaces the register by a safety copy. The register must be closed. The copy is
    // checked first (RegisterCheck, --full); the register as it is, with its -wal file,
    // is kept as a "before-restore" copy; then the copy takes its place, and a -wal or
    // -shm file of the old register is removed so that it cannot be applied to the new one.
    static Status restore(const QString &copyPath, const QString &registerPath,
                          const QDateTime &now);
};

} // namespace qaytish
