// qaytish-cli import and export-csv.
#include "cli.h"

#include "core/casequery.h"
#include "core/csvexport.h"
#include "core/csvimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qaytish {

Result<std::optional<CaseStatus>> Cli::statusOption() {
    if (!m_parser.isSet(QStringLiteral("status")))
        return std::optional<CaseStatus>();
    const QString code = m_parser.value(QStringLiteral("status"));
    const std::optional<CaseStatus> status = CaseStatusInfo::fromCode(code);
    if (!status) {
        QStringList codes;
        for (CaseStatus s : CaseStatusInfo::all())
            codes << CaseStatusInfo::code(s);
        return Error::make(ErrorKind::BadInput, tr("“%1” is not a status. Use one of: %2.")
                                                    .arg(code, codes.join(QStringLiteral(", "))));
    }
    return status;
}

int Cli::cmdImport(const QStringList &args) {
    if (args.size() != 1)
        return usageError(tr("%1 needs one file, e.g. %2.")
                              .arg(QStringLiteral("import"), QStringLiteral("import list.csv")));
    CsvImportOptions options;
    options.fileName = args.first();
    if (m_parser.isSet(QStringLiteral("encoding"))) {
        const std::optional<CsvEncoding> e =
            csvEncodingFromName(m_parser.value(QStringLiteral("encoding")));
        if (!e)
            return usageError(tr("--encoding needs one of: %1.")
                                  .arg(QStringLiteral("auto, utf-8, windows-1251")));
        options.encoding = *e;
    }
    if (m_parser.isSet(QStringLiteral("delimiter"))) {
        const QString d = m_parser.value(QStringLiteral("delimiter"));
        if (d == u"tab" || d == u"\t")
            options.delimiter = u'\t';
        else if (d == u"," || d == u";")
            options.delimiter = d.at(0);
        else if (d != u"auto")
            return usageError(
                tr("--delimiter needs one of: %1.").arg(QStringLiteral("auto , ; tab")));
    }
    if (m_parser.isSet(QStringLiteral("date-format"))) {
        const std::optional<DateOrder> order =
            dateOrderFromName(m_parser.value(QStringLiteral("date-format")));
        if (!order)
            return usageError(
                tr("--date-format needs one of: %1.").arg(QStringLiteral("dmy, mdy, iso")));
        options.dateOrder = *order;
    }
    options.allOrNothing = m_parser.isSet(QStringLiteral("all-or-nothing"));
    options.dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    const bool asJson = m_parser.isSet(QStringLiteral("json"));

    QFile file(options.fileName);
    if (QFileInfo(options.fileName).isDir() || !file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(
            ErrorKind::Io, tr("%1 cannot be read: %2").arg(options.fileName, file.errorString()));
        return fail(e);
    }
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ImportCases);
    if (!db)
        return fail(db.error());
    Result<CsvImportResult> imported = CsvImporter::import(
        db.value()->connection(), db.value()->path(), m_clock, actor(), &file, options);
    if (!imported)
        return fail(imported.error());
    const CsvImportResult &r = imported.value();

    for (const CsvRowIssue &issue : r.rejected)
        m_err << QStringLiteral("%1:%2: %3").arg(options.fileName).arg(issue.line).arg(issue.reason)
              << Qt::endl;
    for (const QString &column : r.unknownColumns)
        m_err << tr("%1: the column “%2” is not known; it was not imported.")
                     .arg(options.fileName, column)
              << Qt::endl;

    if (asJson) {
        QJsonArray rejected;
        for (const CsvRowIssue &issue : r.rejected)
            rejected.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                        {QStringLiteral("reason"), issue.reason}});
        QJsonArray duplicates;
        for (const CsvDuplicate &d : r.duplicates) {
            QJsonObject o{{QStringLiteral("line"), d.line},
                          {QStringLiteral("field"), d.field},
                          {QStringLiteral("value"), d.value}};
            o.insert(QStringLiteral("other_line"),
                     d.otherLine > 0 ? QJsonValue(d.otherLine) : QJsonValue());
            o.insert(QStringLiteral("case_ref"),
                     d.caseRef.isEmpty() ? QJsonValue() : QJsonValue(d.caseRef));
            duplicates.append(o);
        }
        const QJsonObject out{
            {QStringLiteral("imported"), r.imported},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("dry_run"), r.dryRun},
            {QStringLiteral("encoding"), csvEncodingName(r.encoding)},
            {QStringLiteral("delimiter"), QString(r.delimiter)},
            {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(r.unknownColumns)},
            {QStringLiteral("not_imported_columns"),
             QJsonArray::fromStringList(r.notImportedColumns)},
        };
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed()
              << Qt::endl;
    } else {
        for (const CsvDuplicate &d : r.duplicates) {
            const QString what = d.what();
            m_out << QStringLiteral("%1:%2: ").arg(options.fileName).arg(d.line)
                  << (d.otherLine > 0
                          ? tr("probable duplicate: %1 is also on line %2.")
                                .arg(what)
                                .arg(d.otherLine)
                          : tr("probable duplicate: %1 is also in case %2.").arg(what, d.caseRef))
                  << Qt::endl;
        }
        if (r.dryRun)
            m_out << tr("Checked %1: %2 of %3 rows can be imported; nothing was written.")
                         .arg(options.fileName)
                         .arg(r.imported)
                         .arg(r.rows)
                  << Qt::endl;
        else if (options.allOrNothing && !r.rejected.isEmpty())
            m_out << tr("Nothing was imported: %1 of %2 rows were rejected.")
                         .arg(r.rejected.size())
                         .arg(r.rows)
                  << Qt::endl;
        else
            m_out << tr("Imported %1 of %2 rows from %3 into %4.")
                         .arg(r.imported)
                         .arg(r.rows)
                         .arg(options.fileName, QDir::toNativeSeparators(db.value()->path()))
                  << Qt::endl;
    }
    if (r.rejected.isEmpty())
        return 0;
    return r.imported > 0 ? 3 : 2;
}

int Cli::cmdExportCsv(const QStringList &args) {
    if (args.size() != 1)
        return usageError(
            tr("%1 needs one file, e.g. %2.")
                .arg(QStringLiteral("export-csv"), QStringLiteral("export-csv cases.csv")));
    CaseFilter filter;
    filter.search = m_parser.value(QStringLiteral("search"));
    Result<std::optional<CaseStatus>> status = statusOption();
    if (!status)
        return usageError(status.error().message);
    filter.status = status.value();
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
    if (!db)
        return fail(db.error());
    Result<qint64> written = CsvExporter::write(db.value()->connection(), db.value()->path(),
                                                m_clock, actor(), filter, args.first());
    if (!written)
        return fail(written.error());
    m_out << tr("Wrote %Ln case(s) to %1.", nullptr, int(written.value()))
                 .arg(QDir::toNativeSeparators(args.first()))
          << Qt::endl;
    return 0;
}

} // namespace qaytish
