#pragma once

#include "actor.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace qaytish {

// Backups of a whole register, to be carried away from the workstation (docs/RELIABILITY.md:
// backups and safety copies). A backup is either the register itself as one consistent file,
// or that file sealed with a passphrase, so that a lost USB stick reveals nothing
// (docs/ARCHITECTURE.md, "A sealed backup", gives the format):
//
//   offset size
//        0    8  magic "QAYTSEAL"
//        8    1  format version (1)
//        9    1  key derivation: 2 = Argon2id v1.3 (libsodium's crypto_pwhash_ALG_ARGON2ID13)
//       10    2  zero
//       12    4  Argon2id passes (little endian)
//       16    8  Argon2id memory in bytes (little endian)
//       24   16  Argon2id salt
//       40    4  plaintext bytes per chunk (little endian)
//       44   24  crypto_secretstream_xchacha20poly1305 header
//       68       chunks: each the next `chunk` bytes of the register (the last one fewer) plus
//                17 bytes of tag and MAC; the last chunk carries TAG_FINAL, the first one
//                authenticates bytes 0-43 as additional data
struct BackupOptions {
    std::optional<QString> passphrase; // sealed when set
    bool overwrite = false;            // replace an existing file (never the register)
};

struct BackupMade {
    QString path;
    bool sealed = false;
    qint64 bytes = 0; // of the file written
};

enum class BackupKind { Register, Sealed };

// A backup unsealed (or copied) into a temporary file beside the register and checked,
// waiting to replace the register. The temporary file holds the register's data in clear,
// like the register beside it; it is removed when this object goes, whatever happens.
class PreparedRestore {
public:
    PreparedRestore(QString backupPath, QString checkedFile, bool sealed);
    ~PreparedRestore();
    PreparedRestore(const PreparedRestore &) = delete;
    PreparedRestore &operator=(const PreparedRestore &) = delete;

    QString backupPath() const { return m_backupPath; }
    QString checkedFile() const { return m_checkedFile; }
    bool sealed() const { return m_sealed; }

private:
    QString m_backupPath;
    QString m_checkedFile;
    bool m_sealed = false;
};

class Backups {
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    // Reported while the register is read, sealed or unsealed: bytes done of total.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr char Magic[8] = {'Q', 'A', 'Y', 'T', 'S', 'E', 'A', 'L'};
    static constexpr quint8 FormatVersion = 1;
    static constexpr int HeaderBytes = 68;
    static constexpr int ChunkBytes = 64 * 1024;
    // Longer than a sign-in password: a sealed file can be attacked offline, without the
    // wait after failed sign-ins.
    static constexpr int MinimumPassphraseLength = 12;
    // The limits of the key derivation a sealed file may ask for when it is opened (a file
    // could otherwise ask for terabytes of memory). Nothing below OWASP's minimum is used.
    static constexpr quint64 MaximumOps = 16;
    static constexpr quint64 MaximumMemory = quint64(1) << 30;

    // The rule for a new passphrase; the error names the field "passphrase".
    static Status acceptablePassphrase(const QString &passphrase);

    // A backup of the register open on `db` (at `registerPath`) to `out`: a consistent copy
    // (VACUUM INTO) into a temporary file beside the register, written to `out` through a
    // temporary file in out's folder that takes its name only when complete, sealed when
    // options.passphrase is set. Needs the BackUpAndRestore permission. `out` may be neither
    // the register (nor its -wal, -shm, -journal) nor an existing file unless
    // options.overwrite. Nothing is left behind on failure: no temporary file, no half file.
    static Result<BackupMade> make(QSqlDatabase db, const QString &registerPath, const Actor &actor,
                                   const QString &out, const BackupOptions &options,
                                   const Progress &progress = {});

    // What a file is: a sealed backup (by its magic), or a register this version reads. Any
    // other file, a missing one or a register of a newer version is an error naming it.
    static Result<BackupKind> inspect(const QString &file);

    // Unseals (or copies) the backup into a temporary file beside the register and checks
    // the whole of it (a Qaytish register, not newer, integrity_check) before anything is
    // replaced. A sealed backup needs its passphrase; without one, or with a wrong one, the
    // error names the field "passphrase". The register is not touched.
    static Result<std::unique_ptr<PreparedRestore>>
    prepareRestore(const QString &backupPath, const QString &registerPath,
                   const std::optional<QString> &passphrase, const Progress &progress = {});
    // Replaces the register by the prepared backup (SafetyCopies::replaceRegister: the
    // register as it was is kept as a before-restore safety copy). The register must be
    // closed; whoever restores must have been allowed to (the CLI and the window check
    // BackUpAndRestore against the register being replaced). Returns the path of the
    // before-restore copy, empty when there was no register.
    static Result<QString> finishRestore(const PreparedRestore &prepared,
                                         const QString &registerPath, const QDateTime &now);
};

} // namespace qaytish
