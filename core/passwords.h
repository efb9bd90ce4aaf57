#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace qaytish {

// Password hashes: Argon2id through libsodium, stored in the standard encoded form
// ($argon2id$v=19$m=...,t=...,p=1$salt$hash), which carries its own parameters, so that a
// hash made under older parameters still verifies and is made anew at the next sign-in.
class Passwords {
    Q_DECLARE_TR_FUNCTIONS(Passwords)
public:
    static constexpr int MinimumLength = 10;
    // OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane. Nothing weaker is
    // ever used.
    static constexpr quint64 MinimumOps = 2;
    static constexpr quint64 MinimumMemory = 19 * 1024 * 1024;

    struct Parameters {
        quint64 ops = 2;
        quint64 memory = 64 * 1024 * 1024; // libsodium's "interactive" limit
    };
    // The parameters new hashes get (tests lower them to the minimum to stay fast, then
    // raise them to see the rehash). Values below the minimum are raised to it.
    static Parameters parameters();
    static void setParameters(Parameters parameters);

    // The rules for a new password: at least MinimumLength characters, not only spaces, not
    // the user's name. The error names the field "password".
    static Status acceptable(const QString &password, const QString &userName);
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &encoded, const QString &password);
    // Whether the hash was made under other parameters than parameters().
    static bool needsRehash(const QString &encoded);

    // The wait after failed sign-ins: none for the first two, then 2, 4, 8 ... seconds, at
    // most 15 minutes.
    static qint64 delaySeconds(int failedAttempts);
};

} // namespace qaytish
