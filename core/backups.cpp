#include "backups.h"

#include "exportlog.h"

#include "changewriter.h"

#include "database.h"
#include "passwords.h"
#include "permissions.h"
#include "safetycopies.h"
#include "sodiumready.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace qaytish {

namespace {

// Offsets in the header of a sealed backup (backups.h).
constexpr int VersionAt = 8;
constexpr int KdfAt = 9;
constexpr int OpsAt = 12;
constexpr int MemoryAt = 16;
constexpr int SaltAt = 24;
constexpr int ChunkAt = 40;
constexpr int StreamHeaderAt = 44; // bytes 0-43 are the first chunk's additional data
constexpr int MinimumChunk = 4 * 1024;
constexpr int MaximumChunk = 16 * 1024 * 1024;
constexpr int Overhead = crypto_secretstream_xchacha20poly1305_ABYTES;

static_assert(SaltAt + crypto_pwhash_SALTBYTES == ChunkAt);
static_assert(StreamHeaderAt + crypto_secretstream_xchacha20poly1305_HEADERBYTES ==
              Backups::HeaderBytes);
static_assert(crypto_pwhash_ALG_ARGON2ID13 == 2);

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

Error fileError(ErrorKind kind, const QString &message, const QString &file,
                const QString &field = {}) {
    Error e = Error::inFile(kind, message, file);
    e.field = field;
    return e;
}

// Whether two paths name the same file, also when `a` does not exist yet.
bool samePath(const QString &a, const QString &b) {
    auto canonical = [](const QString &path) {
        const QFileInfo info(path);
        if (info.exists())
            return info.canonicalFilePath();
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                                : QDir(folder).filePath(info.fileName());
    };
    return canonical(a) == canonical(b);
}

// A temporary file beside `besidePath` that holds a register in clear: removed, with any
// journal SQLite made for it, when the guard goes.
class TempRegister {
public:
    explicit TempRegister(const QString &besidePath, const QString &kind) {
        const QFileInfo info(besidePath);
        QTemporaryFile file(
            info.absoluteDir().filePath(info.fileName() + u'.' + kind + QStringLiteral("-XXXXXX")));
        file.setAutoRemove(false);
        if (file.open()) {
            m_path = file.fileName();
            file.close();
        } else {
            m_error = file.errorString();
        }
    }
    ~TempRegister() { remove(); }
    TempRegister(const TempRegister &) = delete;
    TempRegister &operator=(const TempRegister &) = delete;

    bool ok() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    // The caller takes over the removal.
    QString release() { return std::exchange(m_path, QString()); }

    static void removeFiles(const QString &path) {
        if (path.isEmpty())
            return;
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }

private:
    void remove() { removeFiles(m_path); }
    QString m_path;
    QString m_error;
};

// Bytes that are wiped when they go: keys, the stream state, plaintext.
class Wiped {
public:
    explicit Wiped(qsizetype size)
        : m_bytes(size, Qt::Uninitialized) {}
    ~Wiped() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Wiped(const Wiped &) = delete;
    Wiped &operator=(const Wiped &) = delete;
    unsigned char *data() { return reinterpret_cast<unsigned char *>(m_bytes.data()); }
    char *chars() { return m_bytes.data(); }
    qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};

Status deriveKey(unsigned char *key, const QString &passphrase, const unsigned char *salt,
                 quint64 ops, quint64 memory) {
    QByteArray utf8 = passphrase.toUtf8();
    const int rc = crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES,
                                 utf8.constData(), quint64(utf8.size()), salt, ops, size_t(memory),
                                 crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Error::make(ErrorKind::Internal,
                           Backups::tr("There is not enough memory to derive the key from the "
                                       "passphrase."));
    return {};
}

Status writeAll(QFileDevice &out, const char *data, qint64 size) {
    if (out.write(data, size) != size)
        return fileError(ErrorKind::Io,
                         Backups::tr("%1 cannot be written: %2")
                             .arg(nativePath(out.fileName()), out.errorString()),
                         out.fileName());
    return {};
}

Error readError(QFile &in, const QString &shownAs) {
    return fileError(
        ErrorKind::Io,
        Backups::tr("%1 cannot be read: %2").arg(nativePath(shownAs), in.errorString()), shownAs);
}

// The register in `in` (a consistent copy) to `out`, in clear.
Status copyPlain(QFile &in, QFileDevice &out, const Backups::Progress &progress) {
    const qint64 total = in.size();
    Wiped buffer(Backups::ChunkBytes);
    qint64 done = 0;
    while (done < total) {
        const qint64 n = in.read(buffer.chars(), std::min<qint64>(buffer.size(), total - done));
        if (n <= 0)
            return readError(in, in.fileName());
        if (Status s = writeAll(out, buffer.chars(), n); !s)
            return s;
        done += n;
        if (progress)
            progress(done, total);
    }
    return {};
}

// The register in `in` to `out`, sealed with the passphrase (the format is in backups.h).
Status seal(QFile &in, QSaveFile &out, const QString &passphrase,
            const Backups::Progress &progress) {
    const Passwords::Parameters p = Passwords::parameters();
    QByteArray header(Backups::HeaderBytes, '\0');
    auto *h = reinterpret_cast<uchar *>(header.data());
    std::memcpy(h, Backups::Magic, sizeof Backups::Magic);
    h[VersionAt] = Backups::FormatVersion;
    h[KdfAt] = crypto_pwhash_ALG_ARGON2ID13;
    qToLittleEndian<quint32>(quint32(p.ops), h + OpsAt);
    qToLittleEndian<quint64>(p.memory, h + MemoryAt);
    randombytes_buf(h + SaltAt, crypto_pwhash_SALTBYTES);
    qToLittleEndian<quint32>(quint32(Backups::ChunkBytes), h + ChunkAt);

    Wiped key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (Status s = deriveKey(key.data(), passphrase, h + SaltAt, p.ops, p.memory); !s)
        return s;
    Wiped state(sizeof(crypto_secretstream_xchacha20poly1305_state));
    auto *st = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(state.data());
    crypto_secretstream_xchacha20poly1305_init_push(st, h + StreamHeaderAt, key.data());
    if (Status s = writeAll(out, header.constData(), header.size()); !s)
        return s;

    const qint64 total = in.size();
    Wiped plain(Backups::ChunkBytes);
    QByteArray sealed(Backups::ChunkBytes + Overhead, Qt::Uninitialized);
    qint64 done = 0;
    bool first = true;
    bool last = false;
    while (!last) {
        const qint64 n = std::min<qint64>(Backups::ChunkBytes, total - done);
        if (n > 0 && in.read(plain.chars(), n) != n)
            return readError(in, in.fileName());
        done += n;
        last = done >= total;
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            st, reinterpret_cast<uchar *>(sealed.data()), &length, plain.data(),
            static_cast<unsigned long long>(n), first ? h : nullptr, first ? StreamHeaderAt : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        sodium_memzero(plain.data(), size_t(n));
        first = false;
        if (Status s = writeAll(out, sealed.constData(), qint64(length)); !s)
            return s;
        if (progress)
            progress(done, total);
    }
    return {};
}

// A sealed backup in `in` (named `shown` in messages) unsealed into `out`. Every way the file
// can differ from what was sealed is refused: a wrong passphrase, an altered byte, chunks
// reordered, dropped or added, a file cut short or with anything after its last chunk.
Status unseal(QFile &in, QFile &out, const QString &shown, const QString &passphrase,
              const Backups::Progress &progress) {
    const QString name = nativePath(shown);
    auto damaged = [&](const QString &message) {
        return fileError(ErrorKind::Damaged, message, shown);
    };
    const qint64 total = in.size();
    const QByteArray header = in.read(Backups::HeaderBytes);
    if (header.size() < Backups::HeaderBytes)
        return damaged(Backups::tr("The sealed backup %1 is incomplete: it ends inside its "
                                   "header. Nothing was restored.")
                           .arg(name));
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    if (std::memcmp(h, Backups::Magic, sizeof Backups::Magic) != 0)
        return damaged(Backups::tr("%1 is not a sealed backup of Qaytish.").arg(name));
    if (h[VersionAt] > Backups::FormatVersion)
        return fileError(ErrorKind::Newer,
                         Backups::tr("The sealed backup %1 was written by a newer version of "
                                     "Qaytish (format %2; this version reads format %3). Restore "
                                     "it with the newer version.")
                             .arg(name)
                             .arg(h[VersionAt])
                             .arg(Backups::FormatVersion),
                         shown);
    const quint64 ops = qFromLittleEndian<quint32>(h + OpsAt);
    const quint64 memory = qFromLittleEndian<quint64>(h + MemoryAt);
    const quint32 chunk = qFromLittleEndian<quint32>(h + ChunkAt);
    if (h[VersionAt] == 0 || h[KdfAt] != crypto_pwhash_ALG_ARGON2ID13 || h[10] != 0 || h[11] != 0 ||
        ops < Passwords::MinimumOps || ops > Backups::MaximumOps ||
        memory < Passwords::MinimumMemory || memory > Backups::MaximumMemory ||
        chunk < quint32(MinimumChunk) || chunk > quint32(MaximumChunk))
        return damaged(Backups::tr("The header of the sealed backup %1 is damaged or was "
                                   "altered. Nothing was restored.")
                           .arg(name));

    Wiped key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (Status s = deriveKey(key.data(), passphrase, h + SaltAt, ops, memory); !s)
        return s;
    Wiped state(sizeof(crypto_secretstream_xchacha20poly1305_state));
    auto *st = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(state.data());
    if (crypto_secretstream_xchacha20poly1305_init_pull(st, h + StreamHeaderAt, key.data()) != 0)
        return damaged(Backups::tr("The header of the sealed backup %1 is damaged or was "
                                   "altered. Nothing was restored.")
                           .arg(name));

    QByteArray sealed(qsizetype(chunk) + Overhead, Qt::Uninitialized);
    Wiped plain(chunk);
    for (int part = 1;; ++part) {
        const qint64 n = in.read(sealed.data(), sealed.size());
        if (n < 0)
            return readError(in, shown);
        if (n < Overhead)
            return damaged(Backups::tr("The sealed backup %1 is incomplete: it ends before its "
                                       "last part (cut off while it was copied?). Nothing was "
                                       "restored.")
                               .arg(name));
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                st, plain.data(), &length, &tag, reinterpret_cast<const uchar *>(sealed.data()),
                static_cast<unsigned long long>(n), part == 1 ? h : nullptr,
                part == 1 ? StreamHeaderAt : 0) != 0) {
            if (part == 1)
                return fileError(
                    ErrorKind::BadInput,
                    Backups::tr("The sealed backup %1 cannot be opened: the passphrase is wrong, "
                                "or the beginning of the file was altered or damaged (the two "
                                "cannot be told apart). Nothing was restored.")
                        .arg(name),
                    shown, QStringLiteral("passphrase"));
            // The last part is the shorter one: cut short and altered look the same there.
            if (n < sealed.size() && in.atEnd())
                return damaged(Backups::tr("The sealed backup %1 is damaged, altered or "
                                           "incomplete: its last part, part %2, does not match "
                                           "its seal (was it cut off while it was copied?). "
                                           "Nothing was restored.")
                                   .arg(name)
                                   .arg(part));
            return damaged(Backups::tr("The sealed backup %1 is damaged or was altered: part %2 "
                                       "of it does not match its seal. Nothing was restored.")
                               .arg(name)
                               .arg(part));
        }
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        const Status written = writeAll(out, plain.chars(), qint64(length));
        sodium_memzero(plain.data(), size_t(length));
        if (!written)
            return written;
        if (progress)
            progress(in.pos(), total);
        if (final) {
            if (!in.atEnd())
                return damaged(Backups::tr("The sealed backup %1 was altered: there is data "
                                           "after its last part. Nothing was restored.")
                                   .arg(name));
            return {};
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return damaged(Backups::tr("The sealed backup %1 is damaged or was altered: part %2 "
                                       "of it does not match its seal. Nothing was restored.")
                               .arg(name)
                               .arg(part));
    }
}

} // namespace

PreparedRestore::PreparedRestore(QString backupPath, QString checkedFile, bool sealed)
    : m_backupPath(std::move(backupPath))
    , m_checkedFile(std::move(checkedFile))
    , m_sealed(sealed) {}

PreparedRestore::~PreparedRestore() {
    TempRegister::removeFiles(m_checkedFile);
}

Status Backups::acceptablePassphrase(const QString &passphrase) {
    if (passphrase.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput, tr("The passphrase is empty."),
                           QStringLiteral("passphrase"));
    if (passphrase.size() < MinimumPassphraseLength)
        return Error::make(ErrorKind::BadInput,
                           tr("The passphrase is too short: it needs at least %1 characters.")
                               .arg(MinimumPassphraseLength),
                           QStringLiteral("passphrase"));
    return {};
}

Result<BackupMade> Backups::make(QSqlDatabase db, const QString &registerPath, const Actor &actor,
                                 const QString &out, const BackupOptions &options,
                                 const Progress &progress) {
    if (Status s = Permissions::check(db, registerPath, actor, Permission::BackUpAndRestore); !s)
        return s.error();
    if (out.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput, tr("No file was given for the backup."));
    const QFileInfo outInfo(out);
    if (outInfo.isDir())
        return fileError(
            ErrorKind::BadInput,
            tr("%1 is a folder: give the backup a file name inside it.").arg(nativePath(out)), out);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (samePath(out, registerPath + QLatin1String(suffix)))
            return fileError(ErrorKind::BadInput,
                             tr("%1 is the register itself (or a file of it): a backup must go "
                                "to another file, best on another disk.")
                                 .arg(nativePath(out)),
                             out);
    }
    if (outInfo.exists() && !options.overwrite)
        return fileError(ErrorKind::BadInput,
                         tr("%1 exists already and was left as it is: choose another file name.")
                             .arg(nativePath(out)),
                         out, QStringLiteral("overwrite"));
    if (options.passphrase) {
        if (Status s = acceptablePassphrase(*options.passphrase); !s)
            return s.error();
        if (!sodiumReady())
            return Error::make(ErrorKind::Internal, tr("The cryptography library cannot start."));
    }

    // The consistent copy is made beside the register, never on the backup's medium: a
    // removable disk would keep a sealed backup's data in clear in the blocks of a deleted
    // temporary file.
    TempRegister copy(registerPath, QStringLiteral("backup"));
    if (!copy.ok())
        return fileError(ErrorKind::Io,
                         tr("No temporary file can be made beside the register %1: %2")
                             .arg(nativePath(registerPath), copy.error()),
                         registerPath);
    if (Status s = SafetyCopies::copyInto(db, registerPath, copy.path()); !s)
        return fileError(ErrorKind::Io,
                         tr("No consistent copy of the register %1 could be made: %2")
                             .arg(nativePath(registerPath), s.error().message),
                         registerPath);
    QFile in(copy.path());
    if (!in.open(QIODevice::ReadOnly))
        return readError(in, copy.path());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(ErrorKind::Io,
                         tr("%1 cannot be written: %2").arg(nativePath(out), file.errorString()),
                         out);
    const Status written = options.passphrase ? seal(in, file, *options.passphrase, progress)
                                              : copyPlain(in, file, progress);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    // A backup is finished here and only here (the GUI and the CLI both come through). It is
    // an export of every record: the audit trail has it before the file is put in place, and
    // a backup the trail cannot record is not made.
    const SystemClock clock;
    ChangeWriter writer(db, registerPath, clock, actor, Permission::BackUpAndRestore);
    if (Status s = writer.logAccess(
            AuditAction::Export, QStringLiteral("register"), 0,
            QStringLiteral("%1 backup to %2")
                .arg(options.passphrase ? QStringLiteral("sealed") : QStringLiteral("plain"),
                     QFileInfo(out).absoluteFilePath()),
            ExportKind::Backup);
        !s) {
        file.cancelWriting();
        return s.error();
    }
    if (!file.commit())
        return fileError(ErrorKind::Io,
                         tr("%1 cannot be written: %2").arg(nativePath(out), file.errorString()),
                         out);
    return BackupMade{QFileInfo(out).absoluteFilePath(), options.passphrase.has_value(),
                      QFileInfo(out).size()};
}

Result<BackupKind> Backups::inspect(const QString &file) {
    const QFileInfo info(file);
    if (file.isEmpty())
        return Error::make(ErrorKind::BadInput, tr("No backup file was given."));
    if (!info.exists())
        return fileError(ErrorKind::NotFound,
                         tr("The backup %1 does not exist.").arg(nativePath(file)), file);
    if (!info.isDir()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return readError(f, file);
        const QByteArray start = f.read(sizeof Magic);
        if (start == QByteArray::fromRawData(Magic, sizeof Magic))
            return BackupKind::Sealed;
    }
    Result<Database::Recognized> recognized = Database::recognize(file);
    if (!recognized)
        return recognized.error();
    if (recognized->empty)
        return fileError(ErrorKind::Foreign,
                         tr("%1 is empty: it is not a backup of a register.").arg(nativePath(file)),
                         file);
    return BackupKind::Register;
}

Result<std::unique_ptr<PreparedRestore>>
Backups::prepareRestore(const QString &backupPath, const QString &registerPath,
                        const std::optional<QString> &passphrase, const Progress &progress) {
    Result<BackupKind> kind = inspect(backupPath);
    if (!kind)
        return kind.error();
    const bool sealed = kind.value() == BackupKind::Sealed;
    if (sealed && (!passphrase || passphrase->isEmpty()))
        return fileError(ErrorKind::BadInput,
                         tr("%1 is a sealed backup: its passphrase is needed to restore it.")
                             .arg(nativePath(backupPath)),
                         backupPath, QStringLiteral("passphrase"));
    if (sealed && !sodiumReady())
        return Error::make(ErrorKind::Internal, tr("The cryptography library cannot start."));
    if (!QFileInfo(QFileInfo(registerPath).absolutePath()).isDir())
        return fileError(
            ErrorKind::NotFound,
            tr("The folder of the register %1 does not exist.").arg(nativePath(registerPath)),
            registerPath);

    // Unsealed or copied beside the register: what is checked is exactly what replaces it,
    // whatever happens to the backup's medium meanwhile, and the data in clear stays where
    // the register is.
    TempRegister temp(registerPath, QStringLiteral("restore"));
    if (!temp.ok())
        return fileError(ErrorKind::Io,
                         tr("No temporary file can be made beside the register %1: %2")
                             .arg(nativePath(registerPath), temp.error()),
                         registerPath);
    {
        QFile in(backupPath);
        if (!in.open(QIODevice::ReadOnly))
            return readError(in, backupPath);
        QFile out(temp.path());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fileError(
                ErrorKind::Io,
                tr("%1 cannot be written: %2").arg(nativePath(temp.path()), out.errorString()),
                temp.path());
        Status copied = sealed ? unseal(in, out, backupPath, *passphrase, progress)
                               : copyPlain(in, out, progress);
        if (copied && !out.flush())
            copied = fileError(
                ErrorKind::Io,
                tr("%1 cannot be written: %2").arg(nativePath(temp.path()), out.errorString()),
                temp.path());
        if (!copied)
            return copied.error();
    }
    if (Status s = SafetyCopies::checkReplacement(temp.path(), backupPath); !s)
        return s.error();
    return std::make_unique<PreparedRestore>(backupPath, temp.release(), sealed);
}

Result<QString> Backups::finishRestore(const PreparedRestore &prepared, const QString &registerPath,
                                       const QDateTime &now) {
    return SafetyCopies::replaceRegister(prepared.checkedFile(), registerPath, now);
}

} // namespace qaytish
