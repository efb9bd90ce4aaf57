#include "passwords.h"

#include "sodiumready.h"

#include <QMutex>

#include <sodium.h>

#include <algorithm>

namespace qaytish {

namespace {

QMutex parametersMutex;
Passwords::Parameters currentParameters;

} // namespace

Passwords::Parameters Passwords::parameters() {
    QMutexLocker lock(&parametersMutex);
    return currentParameters;
}

void Passwords::setParameters(Parameters p) {
    QMutexLocker lock(&parametersMutex);
    p.ops = std::max(p.ops, MinimumOps);
    p.memory = std::max(p.memory, MinimumMemory);
    currentParameters = p;
}

Status Passwords::acceptable(const QString &password, const QString &userName) {
    if (password.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput, tr("The password is empty."),
                           QStringLiteral("password"));
    if (password.size() < MinimumLength)
        return Error::make(
            ErrorKind::BadInput,
            tr("The password is too short: it needs at least %1 characters.").arg(MinimumLength),
            QStringLiteral("password"));
    if (!userName.isEmpty() && password.compare(userName.trimmed(), Qt::CaseInsensitive) == 0)
        return Error::make(ErrorKind::BadInput, tr("The password must not be the user's name."),
                           QStringLiteral("password"));
    return {};
}

Result<QString> Passwords::hash(const QString &password) {
    if (!sodiumReady())
        return Error::make(ErrorKind::Internal, tr("The cryptography library cannot start."));
    const Parameters p = parameters();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc =
        crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), p.ops, size_t(p.memory));
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Error::make(ErrorKind::Internal,
                           tr("There is not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool Passwords::verify(const QString &encoded, const QString &password) {
    if (!sodiumReady() || encoded.isEmpty())
        return false;
    const QByteArray stored = encoded.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool Passwords::needsRehash(const QString &encoded) {
    if (!sodiumReady())
        return false;
    const Parameters p = parameters();
    const QByteArray stored = encoded.toLatin1();
    // 1: other parameters; -1: not an Argon2id hash at all (made anew as well).
    return crypto_pwhash_str_needs_rehash(stored.constData(), p.ops, size_t(p.memory)) != 0;
}

qint64 Passwords::delaySeconds(int failedAttempts) {
    if (failedAttempts < 3)
        return 0;
    const int exponent = std::min(failedAttempts - 2, 10);
    return std::min<qint64>(qint64(1) << exponent, 15 * 60);
}

} // namespace qaytish
