#include "signing.h"

#include "dates.h"
#include "sodiumready.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

#include <sodium.h>

namespace qaytish {

namespace {

const QString KeyFileHeader = QStringLiteral("qaytish-public-keys 1");

Error sodiumError() {
    return Error::make(ErrorKind::Internal,
                       Signing::tr("The cryptographic library could not be started."));
}

QString escapeField(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'|')
            out += u'\\';
        out += c;
    }
    return out;
}

// Splits at unescaped '|' and removes the escapes; nothing when an escape is broken.
std::optional<QStringList> splitFields(const QString &text) {
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            if (i + 1 >= text.size())
                return std::nullopt;
            const QChar next = text.at(++i);
            if (next != u'\\' && next != u'|')
                return std::nullopt;
            current += next;
        } else if (c == u'|') {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

QString signedText(const CertificatePayload &p) {
    return QStringList{QString::fromLatin1(Signing::PayloadVersion),
                       escapeField(p.number),
                       escapeField(p.surname),
                       escapeField(p.givenNames),
                       dates::toIso(p.birthDate),
                       dates::toIso(p.validUntil),
                       escapeField(p.keyId)}
        .join(u'|');
}

QDate strictIsoDate(const QString &text) {
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QString Signing::keyIdFor(const QByteArray &publicKey) {
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(4).toHex().toUpper());
}

Result<QList<PublicKey>> Signing::publicKeys(QSqlDatabase db, const QString &path) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key_id, public_key, retired_at FROM signing_key "
                               "ORDER BY id DESC")))
        return Database::errorFromSql(q.lastError(), path);
    QList<PublicKey> keys;
    while (q.next())
        keys << PublicKey{q.value(0).toString(), QByteArray::fromBase64(q.value(1).toByteArray()),
                          !q.value(2).isNull()};
    return keys;
}

Result<QList<PublicKey>> Signing::ensureKeys(const Database &db, const Clock &clock,
                                             const Actor &actor) {
    ChangeWriter writer(db.connection(), db.path(), clock, actor, Permission::SigningKeys);
    if (Status s = db.transaction([&]() -> Status {
            Result<PublicKey> key = currentKey(writer);
            if (!key)
                return key.error();
            return {};
        });
        !s)
        return s.error();
    return publicKeys(db.connection(), db.path());
}

Result<PublicKey> Signing::currentKey(ChangeWriter &writer) {
    Result<QSqlQuery *> found =
        writer.run(QStringLiteral("SELECT key_id, public_key FROM signing_key WHERE retired_at "
                                  "IS NULL ORDER BY id DESC LIMIT 1"),
                   {});
    if (!found)
        return found.error();
    QSqlQuery *q = found.value();
    if (q->next()) {
        PublicKey key{q->value(0).toString(), QByteArray::fromBase64(q->value(1).toByteArray()),
                      false};
        q->finish();
        return key;
    }
    q->finish();
    if (!sodiumReady())
        return sodiumError();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(secretKey.data()));
    const QString keyId = keyIdFor(publicKey);
    // The secret goes into its row only: the writer logs an insert as one line without values,
    // and the field changes it would collect are not kept in memory either.
    writer.setCollectChanges(false);
    Result<qint64> id =
        writer.insert(QStringLiteral("signing_key"),
                      {{QStringLiteral("key_id"), keyId},
                       {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
                       {QStringLiteral("secret_key"), QString::fromLatin1(secretKey.toBase64())}});
    writer.setCollectChanges(true);
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    if (!id)
        return id.error();
    return PublicKey{keyId, publicKey, false};
}

Result<QString> Signing::signPayload(ChangeWriter &writer, CertificatePayload &payload) {
    Result<PublicKey> key = currentKey(writer);
    if (!key)
        return key.error();
    Result<QSqlQuery *> found = writer.run(
        QStringLiteral("SELECT secret_key FROM signing_key WHERE key_id = ?"), {key->keyId});
    if (!found)
        return found.error();
    QSqlQuery *q = found.value();
    if (!q->next())
        return Error::make(ErrorKind::Internal, tr("The mission's signing key is missing."));
    QByteArray secret = QByteArray::fromBase64(q->value(0).toByteArray());
    q->finish();
    if (secret.size() != int(crypto_sign_SECRETKEYBYTES))
        return Error::make(ErrorKind::Damaged,
                           tr("The mission's signing key %1 is damaged.").arg(key->keyId));
    if (!sodiumReady())
        return sodiumError();
    payload.keyId = key->keyId;
    const QString text = signedText(payload);
    const QByteArray message = text.toUtf8();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secret.constData()));
    sodium_memzero(secret.data(), size_t(secret.size()));
    return text + u'|' +
           QString::fromLatin1(
               signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

PayloadVerification Signing::verify(const QString &input, const QList<PublicKey> &keys) {
    PayloadVerification v;
    const QString text = input.trimmed();
    const std::optional<QStringList> fields = splitFields(text);
    if (!fields || fields->size() != 8 || fields->at(0) != QLatin1String(PayloadVersion)) {
        v.message = tr("This is not the QR code of a certificate of return (version %1).")
                        .arg(QString::fromLatin1(PayloadVersion));
        return v;
    }
    CertificatePayload &p = v.payload;
    p.number = fields->at(1);
    p.surname = fields->at(2);
    p.givenNames = fields->at(3);
    p.birthDate = strictIsoDate(fields->at(4));
    p.validUntil = strictIsoDate(fields->at(5));
    p.keyId = fields->at(6);
    const QByteArray signature = QByteArray::fromBase64(
        fields->at(7).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!p.birthDate.isValid() || !p.validUntil.isValid() || p.number.isEmpty() ||
        signature.size() != int(crypto_sign_BYTES)) {
        v.check = PayloadCheck::Altered;
        v.message = tr("The QR code has been altered: its dates or signature cannot be read.");
        return v;
    }
    const PublicKey *key = nullptr;
    for (const PublicKey &k : keys) {
        if (k.keyId == p.keyId)
            key = &k;
    }
    if (!key) {
        v.check = PayloadCheck::UnknownKey;
        v.message = tr("The QR code was signed with the key %1, which is not a key of this "
                       "mission.")
                        .arg(p.keyId);
        return v;
    }
    // The signed part is the text before the last separator, exactly as it came.
    const QByteArray message = text.left(text.lastIndexOf(u'|')).toUtf8();
    if (!sodiumReady() || key->key.size() != int(crypto_sign_PUBLICKEYBYTES) ||
        crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char *>(signature.constData()),
            reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
            reinterpret_cast<const unsigned char *>(key->key.constData())) != 0) {
        v.check = PayloadCheck::Altered;
        v.message = tr("The signature does not match: the QR code is forged or altered.");
        return v;
    }
    v.check = PayloadCheck::Valid;
    v.message = tr("Genuine: certificate %1 for %2 %3, born %4, valid until %5 (key %6).")
                    .arg(p.number, p.surname, p.givenNames, dates::format(p.birthDate),
                         dates::format(p.validUntil), p.keyId);
    return v;
}

QString Signing::publicKeyText(const QList<PublicKey> &keys, const QString &missionName) {
    QString text = QStringLiteral("# ") + missionName.simplified() + u'\n';
    text += QStringLiteral("# key <id> <Ed25519 public key, base64> <current|retired>\n");
    text += KeyFileHeader + u'\n';
    for (const PublicKey &k : keys)
        text += QStringLiteral("key %1 %2 %3\n")
                    .arg(k.keyId, QString::fromLatin1(k.key.toBase64()),
                         k.retired ? QStringLiteral("retired") : QStringLiteral("current"));
    return text;
}

Status Signing::writePublicKeyFile(const QString &path, const QList<PublicKey> &keys,
                                   const QString &missionName) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Io,
                           tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(publicKeyText(keys, missionName).toUtf8());
    if (!file.commit())
        return Error::make(ErrorKind::Io,
                           tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

Result<QList<PublicKey>> Signing::readPublicKeyFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound,
                           tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QStringList lines = QString::fromUtf8(file.read(1 << 20)).split(u'\n');
    bool header = false;
    QList<PublicKey> keys;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line == KeyFileHeader) {
            header = true;
            continue;
        }
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        const QByteArray key =
            parts.size() >= 3 ? QByteArray::fromBase64(parts.at(2).toLatin1()) : QByteArray();
        if (!header || parts.size() < 3 || parts.at(0) != u"key" ||
            key.size() != int(crypto_sign_PUBLICKEYBYTES) || keyIdFor(key) != parts.at(1)) {
            return Error::make(
                ErrorKind::BadInput,
                tr("%1, line %2: this is not a public key of a mission.").arg(path).arg(i + 1));
        }
        keys << PublicKey{parts.at(1), key, parts.size() > 3 && parts.at(3) == u"retired"};
    }
    if (keys.isEmpty())
        return Error::make(ErrorKind::BadInput,
                           tr("%1 holds no public key of a mission.").arg(path));
    return keys;
}

} // namespace qaytish
