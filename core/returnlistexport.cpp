#include "returnlistexport.h"

#include "csvexport.h"
#include "dates.h"
#include "identifiers.h"

#include <QIODevice>

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
    return c + CsvExporter::attributionColumns();
}

ExportRecord ReturnListExport::exportRecord(const QString &kind, qint64 listId,
                                            ReturnListOutput output) {
    ExportRecord record;
    record.kind = kind;
    record.table = QStringLiteral("return_list");
    record.rowId = listId;
    record.output = returnListOutputName(output);
    return record;
}

Result<qint64> ReturnListExport::exportCsv(const Database &db, const Clock &clock,
                                           const Actor &actor, qint64 listId,
                                           ReturnListOutput output, const QString &filePath) {
    return ExportLog(db.connection(), db.path(), clock, actor)
        .toFile(exportRecord(ExportKind::ReturnListCsv, listId, output), filePath,
                [&](QIODevice &file, const ExportStamp &stamp) -> Result<qint64> {
                    Result<QList<ReturnListPassenger>> passengers =
                        ReturnListRepository(db, clock).passengers(listId);
                    if (!passengers)
                        return passengers.error();
                    return writeCsv(file, passengers.value(), output, stamp);
                });
}

Result<qint64> ReturnListExport::writeCsv(QIODevice &device,
                                          const QList<ReturnListPassenger> &passengers,
                                          ReturnListOutput output, const ExportStamp &stamp) {
    QByteArray out = CsvExporter::start();
    CsvExporter::appendLine(out, csvColumns(output));
    const QStringList attribution = CsvExporter::attributionCells(stamp);
    const QList<ReturnListRow> rows = ReturnListExport::rows(passengers, output);
    for (const ReturnListRow &r : rows) {
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
        CsvExporter::appendLine(out, cells + attribution);
    }
    if (device.write(out) != out.size())
        return Error::make(ErrorKind::Io, device.errorString());
    return qint64(rows.size());
}

} // namespace qaytish
