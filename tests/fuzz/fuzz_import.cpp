// libFuzzer target for the import of a whole file into a register (CsvImporter::import on a
// fresh copy of an empty register). The first byte chooses the officer's options (encoding,
// date order, all or nothing, dry run); the rest is the file. Whatever the file, the import
// ends in a result or a clean error, the register stays sound, and what it holds is exactly
// what the result says was written: nothing half-written, nothing lost.
#include "core/clock.h"
#include "core/csvimport.h"
#include "core/database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace qaytish;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

QTemporaryDir *scratch() {
    static QTemporaryDir *dir = new QTemporaryDir; // lives as long as the process
    return dir;
}

// An empty register made once; every input imports into a fresh copy of it.
const QString &templatePath() {
    static const QString path = [] {
        const QString p = scratch()->filePath(QStringLiteral("template.qaytish"));
        require(Database::open(p).ok());
        return p;
    }();
    return path;
}

qint64 count(QSqlDatabase db, const char *table) {
    QSqlQuery q(db);
    require(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
            q.next());
    return q.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    templatePath();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    const uint8_t choice = data[0];
    CsvImportOptions options;
    options.encoding = std::array{CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Windows1251,
                                  CsvEncoding::Auto}[choice & 3];
    options.dateOrder = std::array{DateOrder::Unset, DateOrder::Dmy, DateOrder::Mdy,
                                   DateOrder::Iso}[(choice >> 2) & 3];
    options.allOrNothing = choice & 16;
    options.dryRun = choice & 32;
    options.fileName = QStringLiteral("fuzz.csv");

    const QString path = scratch()->filePath(QStringLiteral("work.qaytish"));
    QFile::remove(path);
    require(QFile::copy(templatePath(), path));
    {
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        require(opened.ok());
        std::shared_ptr<Database> db = opened.value();
        QBuffer file;
        file.setData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
        require(file.open(QIODevice::ReadOnly));
        const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()));
        const Result<CsvImportResult> r = CsvImporter::import(
            db->connection(), path, clock, Actor{QStringLiteral("fuzz")}, &file, options);
        const qint64 cases = count(db->connection(), "return_case");
        require(count(db->connection(), "person") == cases);
        if (!r) {
            require(!r.error().message.isEmpty());
            require(cases == 0); // nothing half-written
        } else {
            const CsvImportResult &result = r.value();
            require(result.imported >= 0 && result.imported <= result.rows);
            qint64 lastLine = 0;
            for (const CsvRowIssue &issue : result.rejected) {
                require(issue.line > lastLine && !issue.reason.isEmpty());
                lastLine = issue.line;
            }
            if (options.dryRun || !result.written)
                require(cases == 0);
            else
                require(cases == result.imported);
            if (!options.allOrNothing && !options.dryRun && !result.ambiguousDates)
                require(result.imported + result.rejected.size() == result.rows);
            if (options.allOrNothing && !result.rejected.isEmpty())
                require(cases == 0);
        }
        QSqlQuery check(db->connection());
        require(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
                check.value(0).toString() == u"ok");
    }
    return 0;
}
