// qaytish-cli backup and restore: a consistent copy of the whole register, sealed with a
// passphrase or not, and restoring one after checking the whole of it (core/backups).
#include "cli.h"

#include "core/backups.h"

#include <QDir>
#include <QFileInfo>

namespace qaytish {

namespace {

QString shown(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The passphrase is overwritten in memory once it has served.
void wipe(std::optional<QString> &secret) {
    if (secret)
        secret->fill(QChar(0));
    secret.reset();
}

} // namespace

int Cli::cmdBackup(const QStringList &args) {
    if (args.size() != 1)
        return usageError(tr("%1 needs one file to write: %2.")
                              .arg(QStringLiteral("backup"), QStringLiteral("backup FILE")));
    const QString out = args.first();
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::BackUpAndRestore);
    if (!db)
        return fail(db.error());
    BackupOptions options;
    options.overwrite = m_parser.isSet(QStringLiteral("overwrite"));
    if (m_parser.isSet(QStringLiteral("passphrase-stdin"))) {
        options.passphrase = takeSecretLine();
        if (!options.passphrase || options.passphrase->isEmpty())
            return fail(Error::make(ErrorKind::BadInput,
                                    tr("No passphrase was given for the backup %1: write it on "
                                       "the next line of standard input.")
                                        .arg(QDir::toNativeSeparators(out)),
                                    QStringLiteral("passphrase")));
    }
    Result<BackupMade> made =
        Backups::make(db.value()->connection(), db.value()->path(), actor(), out, options);
    wipe(options.passphrase);
    if (!made) {
        Error e = made.error();
        if (e.field == u"overwrite")
            e.message += u' ' + tr("Give %1 to replace it.").arg(QStringLiteral("--overwrite"));
        return fail(e);
    }
    m_out << (made->sealed ? tr("The register %1 was backed up to %2, sealed with the "
                                "passphrase (%3 bytes).")
                           : tr("The register %1 was backed up to %2, not sealed: anyone who "
                                "has the file can read it (%3 bytes)."))
                 .arg(shown(db.value()->path()), shown(made->path))
                 .arg(made->bytes)
          << Qt::endl;
    return 0;
}

int Cli::cmdRestore(const QStringList &args) {
    if (args.size() != 1)
        return usageError(tr("%1 needs one backup file: %2.")
                              .arg(QStringLiteral("restore"), QStringLiteral("restore FILE")));
    const QString file = args.first();
    const QString target = registerPathOption();
    const bool withPassphrase = m_parser.isSet(QStringLiteral("passphrase-stdin"));
    // The backup first: a file that could never be restored asks for no password.
    Result<BackupKind> kind = Backups::inspect(file);
    if (!kind)
        return fail(kind.error());
    if (kind.value() == BackupKind::Sealed && !withPassphrase)
        return fail(Error::make(
            ErrorKind::BadInput,
            tr("%1 is a sealed backup: its passphrase is needed. Give %2 and write the "
               "passphrase on the next line of standard input.")
                .arg(QDir::toNativeSeparators(file), QStringLiteral("--passphrase-stdin")),
            QStringLiteral("passphrase")));
    // The register to be replaced: another application's file or a newer register is never
    // replaced; a register with accounts needs its administrator. A register that cannot be
    // read at all (damaged) has no accounts anyone could sign in to: it is replaced, and
    // kept as the before-restore copy.
    Result<Database::Recognized> recognized = Database::recognize(target);
    if (!recognized)
        return fail(recognized.error());
    if (recognized->exists && !recognized->empty) {
        Result<std::shared_ptr<Database>> db =
            Database::open(target, Database::OpenMode::ExistingOnly);
        if (!db && db.error().kind != ErrorKind::Damaged)
            return fail(db.error());
        if (db) {
            if (Status s = signIn(*db.value(), Permission::BackUpAndRestore); !s)
                return fail(s.error());
        }
    }
    std::optional<QString> passphrase;
    if (withPassphrase) {
        passphrase = takeSecretLine();
        if (!passphrase || passphrase->isEmpty())
            return fail(Error::make(ErrorKind::BadInput,
                                    tr("No passphrase was given for the backup %1: write it on "
                                       "the next line of standard input.")
                                        .arg(QDir::toNativeSeparators(file)),
                                    QStringLiteral("passphrase")));
    }
    Result<std::unique_ptr<PreparedRestore>> prepared =
        Backups::prepareRestore(file, target, passphrase);
    wipe(passphrase);
    if (!prepared)
        return fail(prepared.error());
    Result<QString> kept = Backups::finishRestore(*prepared.value(), target, m_clock.now());
    if (!kept)
        return fail(kept.error());
    if (kept.value().isEmpty())
        m_out << tr("The register %1 was made from the backup %2.").arg(shown(target), shown(file))
              << Qt::endl;
    else
        m_out << tr("The register %1 was restored from the backup %2. The register as it was "
                    "is kept as %3.")
                     .arg(shown(target), shown(file), shown(kept.value()))
              << Qt::endl;
    return 0;
}

} // namespace qaytish
