#include "missionsettings.h"

#include "changewriter.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace qaytish {

QString LocalizedText::in(const QString &language) const {
    if (language == u"ru")
        return ru;
    if (language == u"en")
        return en;
    return uz;
}

MissionSettings MissionSettings::defaults() {
    MissionSettings s;
    s.country = QStringLiteral("USA");
    s.missionName = {
        QStringLiteral("Oʻzbekiston Respublikasining Amerika Qoʻshma Shtatlaridagi elchixonasi"),
        QStringLiteral("Посольство Республики Узбекистан в Соединённых Штатах Америки"),
        QStringLiteral("Embassy of the Republic of Uzbekistan in the United States of America")};
    s.city = {QStringLiteral("Vashington"), QStringLiteral("Вашингтон"),
              QStringLiteral("Washington")};
    s.documentTitle = {QStringLiteral("Oʻzbekiston Respublikasiga qaytish uchun guvohnoma"),
                       QStringLiteral("Свидетельство на возвращение в Республику Узбекистан"),
                       QStringLiteral("Certificate of Return to the Republic of Uzbekistan")};
    return s;
}

namespace {

// One stored key per field: its name in mission_setting and how it reads and writes.
struct Field {
    QString key;
    std::function<QString(const MissionSettings &)> get;
    std::function<void(MissionSettings &, const QString &)> set;
};

Field textField(const char *key, QString MissionSettings::*member) {
    return {QString::fromLatin1(key), [member](const MissionSettings &s) { return s.*member; },
            [member](MissionSettings &s, const QString &v) {
                s.*member = v;
            }};
}

Field intField(const char *key, int MissionSettings::*member) {
    return {QString::fromLatin1(key),
            [member](const MissionSettings &s) { return QString::number(s.*member); },
            [member](MissionSettings &s, const QString &v) {
                bool ok = false;
                const int n = v.toInt(&ok);
                if (ok)
                    s.*member = n;
            }};
}

QList<Field> localizedFields(const char *key, LocalizedText MissionSettings::*member) {
    QList<Field> fields;
    for (QString LocalizedText::*language :
         {&LocalizedText::uz, &LocalizedText::ru, &LocalizedText::en}) {
        const QString suffix = language == &LocalizedText::uz   ? QStringLiteral("_uz")
                               : language == &LocalizedText::ru ? QStringLiteral("_ru")
                                                                : QStringLiteral("_en");
        fields.append(
            {QString::fromLatin1(key) + suffix,
             [member, language](const MissionSettings &s) { return (s.*member).*language; },
             [member, language](MissionSettings &s, const QString &v) {
                 (s.*member).*language = v;
             }});
    }
    return fields;
}

const QList<Field> &fields() {
    static const QList<Field> list = [] {
        QList<Field> f;
        f << textField("country", &MissionSettings::country);
        f << localizedFields("mission_name", &MissionSettings::missionName);
        f << localizedFields("city", &MissionSettings::city);
        f << textField("head_of_mission", &MissionSettings::headOfMission);
        f << localizedFields("document_title", &MissionSettings::documentTitle);
        f << textField("number_prefix", &MissionSettings::numberPrefix);
        f << intField("default_validity_days", &MissionSettings::defaultValidityDays);
        f << intField("passport_margin_days", &MissionSettings::passportMarginDays);
        f << textField("duty_adult", &MissionSettings::dutyAdult);
        f << textField("duty_minor", &MissionSettings::dutyMinor);
        f << textField("duty_currency", &MissionSettings::dutyCurrency);
        f << textField("paper_size", &MissionSettings::paperSize);
        f << Field{QStringLiteral("english_on_documents"),
                   [](const MissionSettings &s) {
                       return s.englishOnDocuments ? QStringLiteral("1") : QStringLiteral("0");
                   },
                   [](MissionSettings &s, const QString &v) {
                       s.englishOnDocuments = v == u"1";
                   }};
        f << intField("photo_width", &MissionSettings::photoWidth);
        f << intField("photo_height", &MissionSettings::photoHeight);
        f << intField("photo_min_width", &MissionSettings::photoMinWidth);
        f << intField("photo_min_height", &MissionSettings::photoMinHeight);
        f << intField("identity_overdue_days", &MissionSettings::identityOverdueDays);
        f << intField("document_expiry_window_days", &MissionSettings::documentExpiryWindowDays);
        f << intField("safety_copies_kept", &MissionSettings::safetyCopiesKept);
        f << intField("retention_years", &MissionSettings::retentionYears);
        return f;
    }();
    return list;
}

} // namespace

MissionSettingsStore::MissionSettingsStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

Result<MissionSettings> MissionSettingsStore::load() const {
    MissionSettings settings = MissionSettings::defaults();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM mission_setting")))
        return Database::errorFromSql(q.lastError(), m_db.path());
    QHash<QString, QString> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());
    for (const Field &field : fields()) {
        auto it = stored.constFind(field.key);
        if (it != stored.constEnd())
            field.set(settings, it.value());
    }
    return settings;
}

Status MissionSettingsStore::validate(const MissionSettings &s) {
    auto bad = [](const QString &message, const char *field) -> Status {
        return Error::make(ErrorKind::BadInput, message, QString::fromLatin1(field));
    };
    static const QRegularExpression prefix(QStringLiteral("^[A-Z0-9]{1,8}$"));
    if (!prefix.match(s.numberPrefix).hasMatch())
        return bad(tr("The document number prefix must be 1 to 8 capital Latin letters or "
                      "digits."),
                   "number_prefix");
    if (s.defaultValidityDays < MissionSettings::MinValidityDays ||
        s.defaultValidityDays > MissionSettings::MaxValidityDays)
        return bad(tr("The validity of a certificate must be %1 to %2 days (one to three "
                      "months).")
                       .arg(MissionSettings::MinValidityDays)
                       .arg(MissionSettings::MaxValidityDays),
                   "default_validity_days");
    if (s.passportMarginDays < 0 || s.passportMarginDays > 365)
        return bad(tr("The passport margin must be 0 to 365 days."), "passport_margin_days");
    static const QRegularExpression amount(QStringLiteral("^[0-9]{1,6}([.][0-9]{1,2})?$"));
    if (!amount.match(s.dutyAdult).hasMatch())
        return bad(tr("The consular fee for an adult must be an amount such as 60 or 60.00."),
                   "duty_adult");
    if (!amount.match(s.dutyMinor).hasMatch())
        return bad(tr("The consular fee for a minor must be an amount such as 10 or 10.00."),
                   "duty_minor");
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(s.dutyCurrency).hasMatch())
        return bad(
            tr("The currency must be a three-letter code such as %1.").arg(QStringLiteral("USD")),
            "duty_currency");
    if (s.paperSize != u"a4" && s.paperSize != u"letter")
        return bad(tr("The paper size must be %1 or %2.")
                       .arg(QStringLiteral("A4"), QStringLiteral("Letter")),
                   "paper_size");
    if (s.photoWidth < 200 || s.photoHeight < 250 || s.photoWidth > 2000 || s.photoHeight > 2600)
        return bad(tr("The stored photo must be 200 × 250 to 2000 × 2600 pixels."), "photo_width");
    if (s.photoMinWidth < 100 || s.photoMinHeight < 130 || s.photoMinWidth > s.photoWidth * 4)
        return bad(tr("The smallest accepted photo must be at least 100 × 130 pixels."),
                   "photo_min_width");
    if (s.identityOverdueDays < 1 || s.identityOverdueDays > 3650)
        return bad(tr("The days after which an identity check is overdue must be 1 to 3650."),
                   "identity_overdue_days");
    if (s.documentExpiryWindowDays < 1 || s.documentExpiryWindowDays > 365)
        return bad(tr("The days before a travel document expires that it is counted as "
                      "expiring must be 1 to 365."),
                   "document_expiry_window_days");
    if (s.safetyCopiesKept < 1 || s.safetyCopiesKept > 60)
        return bad(tr("The daily safety copies kept must be 1 to 60."), "safety_copies_kept");
    if (s.retentionYears < 1 || s.retentionYears > 30)
        return bad(tr("The retention period must be 1 to 30 years."), "retention_years");
    // The field named is the empty one, so that the officer is taken to it.
    auto firstEmpty = [](const LocalizedText &text, const char *key,
                         bool english) -> std::optional<QString> {
        const QString base = QString::fromLatin1(key);
        if (text.uz.trimmed().isEmpty())
            return base + QStringLiteral("_uz");
        if (text.ru.trimmed().isEmpty())
            return base + QStringLiteral("_ru");
        if (english && text.en.trimmed().isEmpty())
            return base + QStringLiteral("_en");
        return std::nullopt;
    };
    if (auto field = firstEmpty(s.missionName, "mission_name", false))
        return Error::make(ErrorKind::BadInput,
                           tr("The mission's name is needed in Uzbek and in Russian."), *field);
    if (auto field = firstEmpty(s.documentTitle, "document_title", false))
        return Error::make(ErrorKind::BadInput,
                           tr("The document title is needed in Uzbek and in Russian."), *field);
    if (s.englishOnDocuments) {
        auto field = firstEmpty(s.missionName, "mission_name", true);
        if (!field)
            field = firstEmpty(s.documentTitle, "document_title", true);
        if (field)
            return Error::make(ErrorKind::BadInput,
                               tr("English on documents needs the mission's name and the "
                                  "document title in English."),
                               *field);
    }
    return {};
}

Status MissionSettingsStore::save(const Actor &actor, const MissionSettings &settings) {
    if (Status s = validate(settings); !s)
        return s;
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor,
                        Permission::EditMissionSettings);
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT key, id FROM mission_setting")))
            return Database::errorFromSql(q.lastError(), m_db.path());
        QHash<QString, qint64> ids;
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
        const MissionSettings defaults = MissionSettings::defaults();
        for (const Field &field : fields()) {
            const QString value = field.get(settings).trimmed();
            auto it = ids.constFind(field.key);
            if (it != ids.constEnd()) {
                Result<QList<FieldChange>> changed =
                    writer.update(QStringLiteral("mission_setting"), it.value(),
                                  {{QStringLiteral("value"), value}});
                if (!changed)
                    return changed.error();
            } else if (value != field.get(defaults)) {
                Result<qint64> id = writer.insert(
                    QStringLiteral("mission_setting"),
                    {{QStringLiteral("key"), field.key}, {QStringLiteral("value"), value}});
                if (!id)
                    return id.error();
            }
        }
        return {};
    });
}

} // namespace qaytish
