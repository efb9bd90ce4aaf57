#pragma once

#include "changewriter.h"
#include "clock.h"
#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qaytish {

// A public key of the mission (table signing_key), as the register or an exported key file
// holds it. The secret half never leaves the register.
struct PublicKey {
    QString keyId;  // 8 hex digits of SHA-256 of the key: names the key in a payload
    QByteArray key; // 32 bytes (Ed25519)
    bool retired = false;
};

// What a certificate's QR code says, and whether its signature holds.
struct CertificatePayload {
    QString number;
    QString surname;    // Latin, as on the certificate
    QString givenNames; // Latin
    QDate birthDate;
    QDate validUntil;
    QString keyId;
};

enum class PayloadCheck {
    Valid,      // well formed, signed by a key of the mission
    Altered,    // well formed, but the signature does not match the text
    UnknownKey, // signed by a key the verifier does not have
    Malformed,  // not a payload of a version this program reads
};

struct PayloadVerification {
    PayloadCheck check = PayloadCheck::Malformed;
    CertificatePayload payload; // filled when the text could be read
    QString message;            // translated: what the check found
};

// The mission's Ed25519 keys (libsodium) and the signed QR payload of a certificate.
//
// Payload version 1, UTF-8 text, fields separated by '|':
//   QR1|number|surname|given names|birth YYYY-MM-DD|valid until YYYY-MM-DD|key id|signature
// A '|' or '\' inside a field is written as "\|" or "\\". The signature (base64url without
// padding, 64 bytes) is over the UTF-8 bytes of everything before the last '|'.
class Signing {
    Q_DECLARE_TR_FUNCTIONS(Signing)
public:
    static constexpr auto PayloadVersion = "QR1";

    // The key that signs now: the newest one not retired, created (inside the caller's
    // transaction) when the register has none. Its secret is written to signing_key only;
    // the audit trail keeps one entry for the insert, without values.
    static Result<PublicKey> currentKey(ChangeWriter &writer);
    // The register's keys, the signing key made first when there is none yet (the key is
    // created on first use: issuing, or exporting the public key for border officers).
    static Result<QList<PublicKey>> ensureKeys(const Database &db, const Clock &clock,
                                               const Actor &actor);
    // Every key of the register, current and retired.
    static Result<QList<PublicKey>> publicKeys(QSqlDatabase db, const QString &path);

    // The signed payload text for a certificate (inside the caller's transaction); sets the
    // payload's key id to the key that signed.
    static Result<QString> signPayload(ChangeWriter &writer, CertificatePayload &payload);
    // Checks a payload against the keys.
    static PayloadVerification verify(const QString &text, const QList<PublicKey> &keys);

    // The public keys as a small text file, for border officers' phones and for
    // `certificate verify --key`. Written atomically.
    static QString publicKeyText(const QList<PublicKey> &keys, const QString &missionName);
    static Status writePublicKeyFile(const QString &path, const QList<PublicKey> &keys,
                                     const QString &missionName);
    static Result<QList<PublicKey>> readPublicKeyFile(const QString &path);

    static QString keyIdFor(const QByteArray &publicKey);
};

} // namespace qaytish
