// qaytish-cli mrz and pinfl: identity documents and numbers, read and checked without a
// register (no --db is opened).
#include "cli.h"

#include "core/dates.h"
#include "core/mrz.h"
#include "core/pinfl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace qaytish {

namespace {

QString indented(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

QJsonValue isoOrNull(const QDate &d) {
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject mrzPinflJson(const MrzPinfl &p) {
    const PinflInfo &i = p.info;
    return {
        {QStringLiteral("number"), p.number},
        {QStringLiteral("well_formed"), i.wellFormed},
        {QStringLiteral("check_digit_ok"), i.checkDigitOk},
        {QStringLiteral("birth_date"), isoOrNull(i.birthDate)},
        {QStringLiteral("sex"), textOrNull(i.sex)},
        {QStringLiteral("birth_date_matches"),
         i.wellFormed ? QJsonValue(p.birthDateMatches) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sex_matches"),
         p.sexMatches ? QJsonValue(*p.sexMatches) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("consistent"), p.consistent()},
        {QStringLiteral("error"), textOrNull(i.error)},
    };
}

QJsonObject mrzJson(const MrzResult &r) {
    QJsonObject checks;
    for (const MrzCheck &c : r.checks)
        checks.insert(c.name, c.ok);
    return {
        {QStringLiteral("document_type"), r.documentType},
        {QStringLiteral("document_code"), r.documentCode},
        {QStringLiteral("issuing_state"), r.issuingState},
        {QStringLiteral("surname"), r.surname},
        {QStringLiteral("given_names"), r.givenNames},
        {QStringLiteral("document_number"), r.documentNumber},
        {QStringLiteral("nationality"), r.nationality},
        {QStringLiteral("birth_date"), dates::toIso(r.birthDate)},
        {QStringLiteral("expiry_date"), dates::toIso(r.expiryDate)},
        {QStringLiteral("sex"), r.sex},
        {QStringLiteral("personal_number"), r.personalNumber},
        {QStringLiteral("optional_data_1"), r.optionalData1},
        {QStringLiteral("optional_data_2"), r.optionalData2},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("all_checks_pass"), r.allChecksPass()},
        {QStringLiteral("pinfl"),
         r.pinfl ? QJsonValue(mrzPinflJson(*r.pinfl)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lines"), QJsonArray::fromStringList(r.lines)},
    };
}

} // namespace

int Cli::cmdMrz(const QStringList &args) {
    if (!onlyOptions(QStringLiteral("mrz"), {QStringLiteral("json")}))
        return 2;
    QString text;
    if (args.isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(Error::make(ErrorKind::Io, tr("Cannot read the standard input.")));
        text = QString::fromUtf8(in.readAll());
    } else {
        text = args.join(u'\n');
    }
    const QDate today = m_clock.today();
    const Result<MrzResult> parsed = Mrz::parse(text, today);
    if (!parsed)
        return fail(parsed.error());
    const MrzResult &r = parsed.value();
    const int code = r.allChecksPass() ? 0 : 1;
    if (m_parser.isSet(QStringLiteral("json"))) {
        m_out << indented(mrzJson(r)) << Qt::endl;
        return code;
    }

    auto line = [this](const QString &label, const QString &value) {
        m_out << label << ": " << value << '\n';
    };
    line(tr("Document"), tr("%1, code %2").arg(r.documentType, r.documentCode));
    line(tr("Issuing state"), r.issuingState);
    line(tr("Surname"), r.surname);
    line(tr("Given names"), r.givenNames);
    line(tr("Document number"), r.documentNumber);
    line(tr("Nationality"), r.nationality);
    line(tr("Date of birth"), dates::format(r.birthDate));
    line(tr("Sex"), r.sex.isEmpty() ? tr("not given") : r.sex);
    line(tr("Date of expiry"), r.expiryDate < today
                                   ? tr("%1 (expired)").arg(dates::format(r.expiryDate))
                                   : dates::format(r.expiryDate));
    if (!r.personalNumber.isEmpty())
        line(tr("Personal number"), r.personalNumber);
    if (!r.optionalData1.isEmpty())
        line(tr("Optional data"), r.optionalData1);
    if (!r.optionalData2.isEmpty())
        line(tr("Optional data"), r.optionalData2);
    for (const MrzCheck &c : r.checks) {
        line(tr("Check digit, %1").arg(Mrz::checkDisplayName(c.name)),
             c.ok ? tr("correct")
                  : tr("WRONG: the zone has %1, the rule gives %2").arg(c.found, c.expected));
    }
    if (r.pinfl) {
        const MrzPinfl &p = *r.pinfl;
        if (!p.info.wellFormed) {
            line(tr("PINFL"), tr("%1: not a PINFL. %2").arg(p.number, p.info.error));
        } else {
            QStringList notes;
            notes << (p.info.checkDigitOk ? tr("check digit correct")
                                          : tr("check digit wrong (the rule gives %1)")
                                                .arg(p.info.expectedCheckDigit));
            if (!p.birthDateMatches)
                notes << tr("its date of birth %1 differs from the zone's")
                             .arg(dates::format(p.info.birthDate));
            if (p.sexMatches == false)
                notes << tr("its sex %1 differs from the zone's").arg(p.info.sex);
            if (p.consistent())
                notes << tr("agrees with the zone's date of birth and sex");
            line(tr("PINFL"),
                 p.number + QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + u')');
        }
    }
    m_out << (code == 0 ? tr("All check digits are correct.")
                        : tr("%n check digit(s) wrong: the zone was misread or altered.", nullptr,
                             int(r.failedChecks().size())))
          << Qt::endl;
    return code;
}

int Cli::cmdPinfl(const QStringList &args) {
    if (!onlyOptions(QStringLiteral("pinfl"), {QStringLiteral("json")}))
        return 2;
    if (args.size() != 1)
        return usageError(
            tr("%1 needs one number, e.g. %2.")
                .arg(QStringLiteral("pinfl"), QStringLiteral("qaytish-cli pinfl 31203851234563")));
    QString number = args.first();
    number.remove(u' '); // as Pinfl::decode reads it
    number = number.trimmed();
    const PinflInfo info = Pinfl::decode(number);
    const bool future = info.wellFormed && info.birthDate > m_clock.today();
    const bool valid = info.wellFormed && info.checkDigitOk && !future;
    QString problem = info.error;
    if (info.wellFormed && !info.checkDigitOk)
        problem = tr("The check digit is %1, but the rule gives %2.")
                      .arg(number.back())
                      .arg(info.expectedCheckDigit);
    else if (future)
        problem = tr("The date of birth %1 is in the future.").arg(dates::format(info.birthDate));
    const int code = !info.wellFormed ? 2 : valid ? 0 : 1;

    if (m_parser.isSet(QStringLiteral("json"))) {
        const QJsonObject object{
            {QStringLiteral("pinfl"), number},
            {QStringLiteral("valid"), valid},
            {QStringLiteral("well_formed"), info.wellFormed},
            {QStringLiteral("check_digit_ok"), info.checkDigitOk},
            {QStringLiteral("expected_check_digit"), info.expectedCheckDigit >= 0
                                                         ? QJsonValue(info.expectedCheckDigit)
                                                         : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("century"),
             info.wellFormed ? QJsonValue(info.century) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("sex"), textOrNull(info.sex)},
            {QStringLiteral("birth_date"), isoOrNull(info.birthDate)},
            {QStringLiteral("birth_date_in_future"), future},
            {QStringLiteral("district"), textOrNull(info.district)},
            {QStringLiteral("serial"), textOrNull(info.serial)},
            {QStringLiteral("error"), textOrNull(problem)},
        };
        m_out << indented(object) << Qt::endl;
        if (code == 2)
            m_err << tr("qaytish-cli: %1").arg(problem) << Qt::endl;
        return code;
    }
    if (code == 2)
        return fail(Error::make(ErrorKind::BadInput, info.error, QStringLiteral("pinfl")));
    auto line = [this](const QString &label, const QString &value) {
        m_out << label << ": " << value << '\n';
    };
    line(tr("PINFL"), number);
    line(tr("Sex"), info.sex);
    line(tr("Date of birth"), dates::format(info.birthDate));
    line(tr("Century of birth"), tr("%1s").arg(info.century));
    line(tr("District code"), info.district);
    line(tr("Serial number"), info.serial);
    line(tr("Check digit"), info.checkDigitOk
                                ? tr("correct")
                                : tr("WRONG: the rule gives %1").arg(info.expectedCheckDigit));
    m_out << (valid ? tr("The PINFL is valid.") : tr("The PINFL is not valid: %1").arg(problem))
          << Qt::endl;
    return code;
}

} // namespace qaytish
