#include "returnlistexport.h"

#include "csvexport.h"
#include "dates.h"
#include "identifiers.h"

#include <QSaveFile>

namespace qaytish {

std::optional<ReturnListOutput> returnListOutputFromName(const QString &name) {
    if (name == u"manifest")
        return ReturnListOutput::Manifest;
    if (name == u"reception")
        return ReturnListOutput::Reception;
    return std::nullopt;
}

QString returnListOutputName(ReturnListOutput output) {
    return output == ReturnListOutput::Manifest ? QStringLiteral("manifest")
                                                : QStringLiteral("reception");
}

QStringList ReturnListExport::assistanceCodes(const QStringList &needs) {
    QStringList codes;
    if (needs.contains(QStringLiteral("wheelchair")))
        codes << QStringLiteral("WCHR");
    if (needs.contains(QStringLiteral("travel_assistance")))
        codes << QStringLiteral("MAAS");
    return codes;
}

QList<ReturnListRow> ReturnListExport::rows(const QList<ReturnListPassenger> &passengers,
                                            ReturnListOutput output) {
    QList<ReturnListRow> out;
    out.reserve(passengers.size());
    int number = 0;
    for (const ReturnListPassenger &p : passengers) {
        if (p.removed)
            continue;
        ReturnListRow r;
        r.number = ++number;
        r.caseRef = p.record.caseRef;
        r.surname = p.surname;
        r.givenNames = p.givenNames;
        r.patronymic = p.patronymic;
        r.surnameCyrillic = p.surnameCyrillic;
        r.givenNamesCyrillic = p.givenNamesCyrillic;
        r.patronymicCyrillic = p.patronymicCyrillic;
        r.nameLatin = p.fullNameLatin();
        r.nameCyrillic = p.fullNameCyrillic();
        r.birthDate = p.birthDate;
        r.sex = p.sex;
        r.documentKind = p.document.kind;
        r.documentNumber = p.document.number;
        r.hostReference = identifiers::formatANumber(p.record.hostReference);
        r.assistance = assistanceCodes(p.record.needs);
        if (output == ReturnListOutput::Reception) {
            r.pinfl = p.pinfl;
            r.region = p.reception.region;
            r.district = p.reception.district;
            // A person who objects to consular action is not announced to anyone at home:
            // the receiver is left out, whatever was recorded before the objection.
            if (!p.record.objectsToConsularAction) {
                r.receiverName = p.reception.receiverName;
                r.receiverRelation = p.reception.receiverRelation;
                if (p.reception.receiverConsent)
                    r.receiverContact = p.reception.receiverContact;
                r.receiverConfirmed = p.reception.receiverConfirmed;
            }
        }
        out << r;
    }
    return out;
}

ReturnListTotals ReturnListExport::totals(const QList<ReturnListPassenger> &passengers,
                                          const QDate &flightDate) {
    ReturnListTotals t;
    for (const ReturnListPassenger &p : passengers) {
        if (p.removed)
            continue;
        ++t.passengers;
        if (p.sex == u"M")
            ++t.men;
        else if (p.sex == u"F")
            ++t.women;
        if (p.isMinorOn(flightDate))
            ++t.minors;
    }
    return t;
}

QStringList ReturnListExport::csvColumns(ReturnListOutput output) {
    QStringList c = {QStringLiteral("no"),
                     QStringLiteral("surname"),
                     QStringLiteral("given_names"),
                     QStringLiteral("patronymic"),
                     QStringLiteral("surname_cyrillic"),
                     QStringLiteral("given_names_cyrillic"),
                     QStringLiteral("patronymic_cyrillic"),
                     QStringLiteral("birth_date"),
                     QStringLiteral("sex"),
                     QStringLiteral("document_type"),
                     QStringLiteral("document_number"),
                     QStringLiteral("host_reference"),
                     QStringLiteral("assistance")};
    if (output == ReturnListOutput::Reception)
        c << QStringLiteral("pinfl") << QStringLiteral("region") << QStringLiteral("district")
          << QStringLiteral("receiver_name") << QStringLiteral("receiver_relation")
          << QStringLiteral("receiver_contact") << QStringLiteral("receiver_confirmed");
    return c;
}

Error ReturnListExport::cannotWrite(const QString &filePath, const QString &reason) {
    Error e = Error::make(ErrorKind::Io, tr("%1 cannot be written: %2").arg(filePath, reason));
    e.file = filePath;
    return e;
}

Status ReturnListExport::writeCsv(const QList<ReturnListPassenger> &passengers,
                                  ReturnListOutput output, const QString &filePath) {
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(filePath, file.errorString());
    }
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << CsvExporter::quoted(CsvExporter::escapeFormula(cell));
        out += quoted.join(u',').toUtf8() + "\r\n";
    };
    line(csvColumns(output));
    for (const ReturnListRow &r : rows(passengers, output)) {
        QStringList cells = {QString::number(r.number),
                             r.surname,
                             r.givenNames,
                             r.patronymic,
                             r.surnameCyrillic,
                             r.givenNamesCyrillic,
                             r.patronymicCyrillic,
                             dates::toIso(r.birthDate),
                             r.sex,
                             r.documentKind == TravelDocument::Kind::Certificate
                                 ? QStringLiteral("certificate_of_return")
                             : r.documentKind == TravelDocument::Kind::Passport
                                 ? QStringLiteral("passport")
                                 : QString(),
                             r.documentNumber,
                             r.hostReference,
                             r.assistance.join(u' ')};
        if (output == ReturnListOutput::Reception)
            cells << r.pinfl << r.region << r.district << r.receiverName << r.receiverRelation
                  << r.receiverContact
                  << (r.receiverConfirmed ? QStringLiteral("yes") : QStringLiteral("no"));
        line(cells);
    }
    if (file.write(out) != out.size() || !file.commit()) {
        return cannotWrite(filePath, file.errorString());
    }
    return {};
}

} // namespace qaytish
