#include "csvreader.h"

#include <QIODevice>

namespace qaytish {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

// 0x80..0xBF of Windows-1251; 0xC0..0xFF are А..я (U+0410..U+044F) in order.
constexpr char16_t Cp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // A0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // A8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // B0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // B8
};

char16_t cp1251ToUnicode(unsigned char b) {
    if (b < 0x80)
        return b;
    if (b >= 0xC0)
        return char16_t(0x0410 + (b - 0xC0));
    return Cp1251High[b - 0x80];
}

// Whether the high bytes of a text read as Windows-1251 are what Russian or Uzbek text
// in that encoding holds: letters, and the usual quotes, dashes and the numero sign.
bool plausibleWindows1251(QByteArrayView bytes) {
    qsizetype high = 0;
    qsizetype plausible = 0;
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            continue;
        ++high;
        switch (b) {
        case 0x85:
        case 0x91:
        case 0x92:
        case 0x93:
        case 0x94:
        case 0x96:
        case 0x97:
        case 0xA0:
        case 0xA1:
        case 0xA2:
        case 0xA8:
        case 0xAB:
        case 0xB8:
        case 0xB9:
        case 0xBB:
        case 0xB2:
        case 0xB3:
            ++plausible;
            break;
        default:
            if (b >= 0xC0)
                ++plausible;
        }
    }
    return high == 0 || plausible * 10 >= high * 9;
}

bool validUtf8(QByteArrayView bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

QString csvEncodingName(CsvEncoding encoding) {
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Windows1251:
        return QStringLiteral("windows-1251");
    case CsvEncoding::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<CsvEncoding> csvEncodingFromName(const QString &name) {
    const QString n = name.trimmed().toLower();
    if (n == u"auto" || n.isEmpty())
        return CsvEncoding::Auto;
    if (n == u"utf-8" || n == u"utf8")
        return CsvEncoding::Utf8;
    if (n == u"windows-1251" || n == u"cp1251" || n == u"1251")
        return CsvEncoding::Windows1251;
    return std::nullopt;
}

QString decodeWindows1251(QByteArrayView bytes) {
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (char ch : bytes)
        *d++ = QChar(cp1251ToUnicode(static_cast<unsigned char>(ch)));
    return out;
}

QByteArray encodeWindows1251(QStringView text) {
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            out += char(c.unicode());
            continue;
        }
        char byte = '?';
        for (int b = 0x80; b <= 0xFF; ++b) {
            if (cp1251ToUnicode(static_cast<unsigned char>(b)) == c.unicode()) {
                byte = char(b);
                break;
            }
        }
        out += byte;
    }
    return out;
}

CsvReader::CsvReader(QIODevice *device, CsvEncoding encoding, QChar delimiter)
    : m_device(device)
    , m_encoding(encoding)
    , m_delimiter(delimiter)
    , m_utf8(QStringDecoder::Utf8) {}

bool CsvReader::looksBinary(QByteArrayView bytes) {
    qsizetype control = 0;
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0)
            return true;
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F)
            ++control;
    }
    // A few stray control characters occur in real exports; random bytes hold about 11%.
    return control > 0 && control * 50 > bytes.size();
}

QChar CsvReader::detectDelimiter(QStringView text) {
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

void CsvReader::fail(const QString &message, qint64 line) {
    m_error = Error::inFile(ErrorKind::BadInput, message, m_fileName, int(line));
}

Status CsvReader::start() {
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        fail(tr("The file cannot be read."), 0);
        m_error->kind = ErrorKind::Io;
        return *m_error;
    }
    while (m_pending.size() < ChunkSize) {
        const QByteArray more = m_device->read(ChunkSize - m_pending.size());
        if (more.isEmpty())
            break;
        m_pending += more;
    }
    m_bytesRead = m_pending.size();
    if (m_pending.startsWith("\xEF\xBB\xBF")) {
        m_pending.remove(0, 3);
        if (m_encoding == CsvEncoding::Auto)
            m_encoding = CsvEncoding::Utf8;
    } else if (m_pending.startsWith("\xFF\xFE") || m_pending.startsWith("\xFE\xFF")) {
        fail(tr("The file is in %1, which the import does not read. Save it as CSV in %2 or %3.")
                 .arg(QStringLiteral("UTF-16"), QStringLiteral("UTF-8"),
                      QStringLiteral("Windows-1251")),
             0);
        return *m_error;
    }
    if (looksBinary(m_pending)) {
        fail(tr("This is not a text file (it holds binary data). Choose a CSV file."), 0);
        return *m_error;
    }
    if (m_encoding == CsvEncoding::Auto) {
        if (validUtf8(m_pending)) {
            m_encoding = CsvEncoding::Utf8;
        } else if (plausibleWindows1251(m_pending)) {
            m_encoding = CsvEncoding::Windows1251;
        } else {
            fail(tr("The encoding of the file is not known: it is neither %1 nor %2. Save it as "
                    "CSV in %1.")
                     .arg(QStringLiteral("UTF-8"), QStringLiteral("Windows-1251")),
                 0);
            return *m_error;
        }
    }
    if (m_delimiter.isNull()) {
        const qsizetype cut = std::min<qsizetype>(m_pending.size(), 16 * 1024);
        const QString head = m_encoding == CsvEncoding::Utf8
                                 ? QString::fromUtf8(m_pending.left(cut))
                                 : decodeWindows1251(QByteArrayView(m_pending).first(cut));
        m_delimiter = detectDelimiter(head);
    }
    return {};
}

bool CsvReader::fill() {
    for (;;) {
        QByteArray chunk;
        if (!m_pending.isEmpty()) {
            chunk = std::exchange(m_pending, {});
        } else {
            if (m_atEnd)
                return false;
            chunk = m_device->read(ChunkSize);
            if (chunk.isEmpty()) {
                m_atEnd = true;
                return false;
            }
            m_bytesRead += chunk.size();
        }
        if (chunk.contains('\0')) {
            fail(tr("The file holds binary data after line %1: it is not a CSV file.").arg(m_line),
                 m_line);
            return false;
        }
        if (m_encoding == CsvEncoding::Windows1251) {
            m_buffer = decodeWindows1251(chunk);
        } else {
            m_buffer = m_utf8(chunk);
            if (m_utf8.hasError()) {
                // Encoding names are not translated: they are what the officer chooses.
                fail(tr("The file is not valid %1 near line %2. If it comes from an older "
                        "spreadsheet, choose the encoding %3.")
                         .arg(QStringLiteral("UTF-8"))
                         .arg(m_line)
                         .arg(QStringLiteral("Windows-1251")),
                     m_line);
                return false;
            }
        }
        m_pos = 0;
        if (!m_buffer.isEmpty())
            return true;
    }
}

void CsvReader::failTooLong(qint64 line) {
    fail(tr("The record that starts on line %1 is longer than %2 million "
            "characters; a quote character (\") is probably missing.")
             .arg(line)
             .arg(MaxRecordChars / 1000000),
         line);
}

std::optional<CsvRecord> CsvReader::next() {
    if (!m_started && !start())
        return std::nullopt;
    if (m_error)
        return std::nullopt;

    CsvRecord record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool any = false;       // anything but a line break seen in this record
    bool fieldStart = true; // nothing of the current field read yet
    qsizetype length = 0;   // characters in this record
    record.line = m_line;

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!fill()) {
                if (m_error)
                    return std::nullopt;
                if (quoted) {
                    fail(tr("A quoted field that starts on line %1 is never closed: a quote "
                            "character (\") is missing.")
                             .arg(record.line),
                         record.line);
                    return std::nullopt;
                }
                if (!any)
                    return std::nullopt;
                record.fields << field;
                return record;
            }
        }
        const QChar *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        while (m_pos < size) {
            // Ordinary characters are appended as one run: most of a file is plain text
            // between delimiters. Quotes, line breaks and delimiters go the way below.
            if (!m_lastWasCr && (quoted || !fieldStart || data[m_pos] != u'"')) {
                const qsizetype start = m_pos;
                while (m_pos < size) {
                    const QChar d = data[m_pos];
                    if (d == u'"' || d == u'\n' || d == u'\r' || (!quoted && d == m_delimiter))
                        break;
                    ++m_pos;
                }
                if (m_pos > start) {
                    length += m_pos - start;
                    if (length > MaxRecordChars) {
                        failTooLong(record.line);
                        return std::nullopt;
                    }
                    field.append(data + start, m_pos - start);
                    if (!quoted) {
                        any = true;
                        fieldStart = false;
                    }
                    continue;
                }
            }
            QChar c = data[m_pos++];
            // CRLF and a lone CR end a line like LF does.
            if (m_lastWasCr) {
                m_lastWasCr = false;
                if (c == u'\n')
                    continue;
            }
            if (c == u'\r') {
                m_lastWasCr = true;
                c = u'\n';
            }
            if (c == u'\n')
                ++m_line;
            if (++length > MaxRecordChars) {
                failTooLong(record.line);
                return std::nullopt;
            }
            if (quoted) {
                if (c == u'"') {
                    // A doubled quote is a quote; a single one closes the field.
                    if (m_pos >= size) {
                        // Look ahead across the chunk boundary.
                        if (!fill()) {
                            if (m_error)
                                return std::nullopt;
                            record.fields << field;
                            return record;
                        }
                        data = m_buffer.constData();
                        if (m_buffer.at(0) == u'"') {
                            field += u'"';
                            m_pos = 1;
                        } else {
                            quoted = false;
                        }
                        break; // continue with the new buffer
                    }
                    if (data[m_pos] == u'"') {
                        field += u'"';
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
                continue;
            }
            if (c == u'\n') {
                if (!any) {
                    // An empty line: no record.
                    record.line = m_line;
                    length = 0;
                    continue;
                }
                record.fields << field;
                return record;
            }
            any = true;
            if (c == m_delimiter) {
                record.fields << field;
                field.clear();
                fieldStart = true;
                continue;
            }
            const bool opens = c == u'"' && fieldStart;
            fieldStart = false;
            if (opens) {
                quoted = true;
            } else {
                // A quote inside an unquoted field, or text after a closing quote, is
                // taken as it stands.
                field += c;
            }
        }
    }
}

} // namespace qaytish
