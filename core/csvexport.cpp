#include "csvexport.h"

#include "database.h"
#include "dates.h"

#include <QSaveFile>
#include <QSqlQuery>

#include <optional>

namespace qaytish {

namespace {

constexpr qint64 PageSize = 500;

struct Extra {
    QString birthPlace, nationality, passportExpiry, visaClass, entryDate;
};

} // namespace

QStringList CsvExporter::columns() {
    return QStringList{
               QStringLiteral("case_ref"),
               QStringLiteral("status"),
               QStringLiteral("surname"),
               QStringLiteral("given_names"),
               QStringLiteral("patronymic"),
               QStringLiteral("surname_cyrillic"),
               QStringLiteral("given_names_cyrillic"),
               QStringLiteral("patronymic_cyrillic"),
               QStringLiteral("sex"),
               QStringLiteral("birth_date"),
               QStringLiteral("birth_place"),
               QStringLiteral("nationality"),
               QStringLiteral("passport_number"),
               QStringLiteral("passport_expiry"),
               QStringLiteral("pinfl"),
               QStringLiteral("host_reference"),
               QStringLiteral("visa_class"),
               QStringLiteral("entry_date"),
               QStringLiteral("authorized_until"),
               QStringLiteral("facility"),
           } +
           attributionColumns();
}

QStringList CsvExporter::attributionColumns() {
    return {QStringLiteral("exported_by"), QStringLiteral("exported_at")};
}

QStringList CsvExporter::attributionCells(const ExportStamp &stamp) {
    return {stamp.user, stamp.isoTime()};
}

QByteArray CsvExporter::start() {
    return QByteArray("\xEF\xBB\xBF");
}

void CsvExporter::appendLine(QByteArray &out, const QStringList &cells) {
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text += u',';
        text += quoted(escapeFormula(cells.at(i)));
    }
    text += QStringLiteral("\r\n");
    out += text.toUtf8();
}

QVariantMap CsvExporter::filterDescription(const CaseFilter &filter) {
    QVariantMap m;
    if (!filter.search.trimmed().isEmpty())
        m.insert(QStringLiteral("searched"), true); // never the text (ExportRecord::filter)
    if (filter.status)
        m.insert(QStringLiteral("status"), CaseStatusInfo::code(*filter.status));
    if (filter.condition)
        m.insert(QStringLiteral("condition"), CaseConditionInfo::code(*filter.condition));
    return m;
}

QString CsvExporter::escapeFormula(const QString &cell) {
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.at(0);
    if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvExporter::quoted(const QString &cell) {
    bool needs = false;
    for (QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return cell;
    QString out = cell;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

Result<qint64> CsvExporter::write(QSqlDatabase db, const QString &dbPath, const Clock &clock,
                                  const Actor &actor, const CaseFilter &filter,
                                  const QString &filePath, const Progress &progress) {
    ExportRecord record;
    record.kind = ExportKind::CasesCsv;
    record.table = QStringLiteral("return_case");
    record.filter = filterDescription(filter);
    return ExportLog(db, dbPath, clock, actor)
        .toFile(record, filePath, [&](QIODevice &file, const ExportStamp &stamp) {
            return writeCases(file, db, dbPath, filter, stamp, progress, &record.persons);
        });
}

Result<qint64> CsvExporter::writeCases(QIODevice &file, QSqlDatabase db, const QString &dbPath,
                                       const CaseFilter &filter, const ExportStamp &stamp,
                                       const Progress &progress, QList<qint64> *persons) {
    QByteArray out = start();
    const QStringList attribution = attributionCells(stamp);
    auto line = [&](const QStringList &cells) {
        appendLine(out, cells);
    };
    line(columns());

    // Pages by the listing's own order (case reference), so that memory stays flat.
    const CaseQuery query(filter, CaseSort{});
    QSqlQuery extra(db);
    extra.setForwardOnly(true);
    qint64 written = 0;
    std::optional<CaseListRow> after; // pages by key: the next starts after this row
    for (;;) {
        Result<QList<CaseListRow>> rows =
            query.fetchAfter(db, dbPath, after ? &*after : nullptr, PageSize);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break;
        // The columns the listing does not carry, for the page at once.
        QStringList marks;
        for (qsizetype i = 0; i < rows->size(); ++i)
            marks << QStringLiteral("?");
        extra.prepare(QStringLiteral("SELECT c.id, p.birth_place, p.nationality, "
                                     "p.passport_expiry_date, c.visa_class, c.entry_date "
                                     "FROM return_case c JOIN person p ON p.id = c.person_id "
                                     "WHERE c.id IN (%1)")
                          .arg(marks.join(u',')));
        for (const CaseListRow &row : rows.value())
            extra.addBindValue(row.id);
        if (!extra.exec())
            return Database::errorFromSql(extra.lastError(), dbPath);
        QHash<qint64, Extra> extras;
        while (extra.next())
            extras.insert(extra.value(0).toLongLong(),
                          Extra{extra.value(1).toString(), extra.value(2).toString(),
                                extra.value(3).toString(), extra.value(4).toString(),
                                extra.value(5).toString()});
        extra.finish();
        for (const CaseListRow &r : rows.value()) {
            if (persons)
                *persons << r.personId;
            const Extra x = extras.value(r.id);
            line(QStringList{r.caseRef,
                             CaseStatusInfo::code(r.status),
                             r.surname,
                             r.givenNames,
                             r.patronymic,
                             r.surnameCyrillic,
                             r.givenNamesCyrillic,
                             r.patronymicCyrillic,
                             r.sex,
                             dates::toIso(r.birthDate),
                             x.birthPlace,
                             x.nationality,
                             r.passportNumber,
                             x.passportExpiry,
                             r.pinfl,
                             r.hostReference,
                             x.visaClass,
                             x.entryDate,
                             r.durationOfStatus ? QStringLiteral("D/S")
                                                : dates::toIso(r.authorizedUntil),
                             r.facility} +
                 attribution);
        }
        written += rows->size();
        if (file.write(out) != out.size())
            return Error::make(ErrorKind::Io, file.errorString());
        out.clear();
        if (progress && !progress(written))
            return Error::make(ErrorKind::BadInput, tr("Cancelled: no file was written."));
        if (rows->size() < PageSize)
            break;
        after = rows->constLast();
    }
    if (!out.isEmpty() && file.write(out) != out.size())
        return Error::make(ErrorKind::Io, file.errorString());
    return written;
}

} // namespace qaytish
