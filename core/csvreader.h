#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace qaytish {

enum class CsvEncoding { Auto, Utf8, Windows1251 };

QString csvEncodingName(CsvEncoding encoding);                       // "utf-8", "windows-1251"
std::optional<CsvEncoding> csvEncodingFromName(const QString &name); // auto, utf-8, windows-1251

// Windows-1251 to Unicode, by our own table: Qt 6.4 knows windows-1251 only when built
// with ICU, and the Windows builds officers use may not be.
QString decodeWindows1251(QByteArrayView bytes);
QByteArray encodeWindows1251(QStringView text); // for tests; '?' for what 1251 lacks

struct CsvRecord {
    QStringList fields;
    qint64 line = 0; // physical line (1-based) on which the record starts
};

// An RFC 4180 reader that streams from a device: quoted fields may hold the delimiter,
// doubled quotes and line breaks; lines end in CRLF or LF. Only one record and one chunk
// of the file are held at a time, so memory stays flat for any file size.
//
// start() looks at the beginning of the file: a UTF-8 byte order mark, whether the bytes
// are valid UTF-8 (else Windows-1251), binary garbage (NUL bytes, control characters), and
// the delimiter (comma, semicolon or tab: the one that occurs most in the first record
// outside quotes).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // A record longer than this is taken for a runaway quote, not a field.
    static constexpr qsizetype MaxRecordChars = 64 * 1024 * 1024;

    CsvReader(QIODevice *device, CsvEncoding encoding = CsvEncoding::Auto, QChar delimiter = {});

    // Reads the start of the file; an error when it is not text or its encoding is unknown.
    Status start();
    // The next record, or nothing at the end of the file or on an error (see error()).
    // Empty lines between records are skipped.
    std::optional<CsvRecord> next();

    const std::optional<Error> &error() const { return m_error; }
    CsvEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }
    // Physical lines seen so far.
    qint64 line() const { return m_line; }

    void setFileName(const QString &name) { m_fileName = name; }

    static QChar detectDelimiter(QStringView firstLine);
    static bool looksBinary(QByteArrayView bytes);

private:
    bool fill(); // decodes the next chunk into m_buffer; false at the end or on an error
    void fail(const QString &message, qint64 line);
    void failTooLong(qint64 line); // a record over MaxRecordChars

    QIODevice *m_device;
    CsvEncoding m_encoding;
    QChar m_delimiter;
    QString m_fileName;
    std::optional<Error> m_error;
    QStringDecoder m_utf8;
    QByteArray m_pending; // bytes read by start() and not yet decoded
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_started = false;
    bool m_lastWasCr = false;
};

} // namespace qaytish
