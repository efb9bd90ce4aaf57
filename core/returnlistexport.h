#pragma once

#include "actor.h"
#include "clock.h"
#include "database.h"
#include "exportlog.h"
#include "result.h"
#include "returnlists.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace qaytish {

// The two outputs of a return list, each with only what its reader needs (DESIGN.md, "The
// people in the register come first"):
//   manifest  - for the carrier and the host authorities: number, names in both scripts,
//               date of birth, sex, travel document, host reference and assistance codes
//               (WCHR, MAAS) - never the PINFL, other needs or reception data;
//   reception - for the authorities at home: adds the PINFL and the reception data (region,
//               district, receiver; the receiver's contact only with the person's consent).
enum class ReturnListOutput { Manifest, Reception };

std::optional<ReturnListOutput> returnListOutputFromName(const QString &name);
QString returnListOutputName(ReturnListOutput output); // "manifest", "reception"

// One line of an output. Fields the output does not carry stay empty: the PDF and the CSV
// both read these rows, so that neither can print more than its reader needs.
struct ReturnListRow {
    int number = 0;
    QString caseRef; // for the officer's screen only; no output prints it
    QString surname, givenNames, patronymic;
    QString surnameCyrillic, givenNamesCyrillic, patronymicCyrillic;
    QString nameLatin, nameCyrillic;
    QDate birthDate;
    QString sex; // M, F or empty
    TravelDocument::Kind documentKind = TravelDocument::Kind::None;
    QString documentNumber;
    QString hostReference;  // A-number as A-123-456-789
    QStringList assistance; // IATA special service codes
    // Reception only:
    QString pinfl;
    QString region, district;
    QString receiverName, receiverRelation, receiverContact;
    bool receiverConfirmed = false;
};

struct ReturnListTotals {
    int passengers = 0;
    int men = 0;
    int women = 0;
    int minors = 0; // under 18 on the flight date
};

class ReturnListExport {
    Q_DECLARE_TR_FUNCTIONS(ReturnListExport)
public:
    static QList<ReturnListRow> rows(const QList<ReturnListPassenger> &passengers,
                                     ReturnListOutput output);
    static ReturnListTotals totals(const QList<ReturnListPassenger> &passengers,
                                   const QDate &flightDate);
    // The needs a carrier must know, as IATA special service request codes: wheelchair ->
    // WCHR, travel assistance -> MAAS (meet and assist). No other need leaves the register.
    static QStringList assistanceCodes(const QStringList &needs);

    static QStringList csvColumns(ReturnListOutput output); // attribution included
    // UTF-8 with a byte order mark, comma, CRLF, like export-csv, each row ending with who
    // exported it and when. Returns the passengers written.
    static Result<qint64> writeCsv(QIODevice &device, const QList<ReturnListPassenger> &passengers,
                                   ReturnListOutput output, const ExportStamp &stamp);
    // The list's passengers as they stand in the register, written and recorded through
    // ExportLog (the file and its audit entry, or neither).
    static Result<qint64> exportCsv(const Database &db, const Clock &clock, const Actor &actor,
                                    qint64 listId, ReturnListOutput output,
                                    const QString &filePath);
    // What an export of the list is recorded as (kind: ExportKind::ReturnListCsv or Pdf).
    static ExportRecord exportRecord(const QString &kind, qint64 listId, ReturnListOutput output);
};

} // namespace qaytish
