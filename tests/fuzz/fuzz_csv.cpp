// libFuzzer target for the CSV reader (clang only; see docs/ARCHITECTURE.md, "CSV import
// and export"). Any input must end in records or a clean error: no crash, no hang, no
// unbounded memory.
#include "core/csvreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto encoding : {qaytish::CsvEncoding::Auto, qaytish::CsvEncoding::Utf8,
                                qaytish::CsvEncoding::Windows1251}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        qaytish::CsvReader reader(&buffer, encoding);
        qint64 lastLine = 0;
        while (const auto record = reader.next()) {
            // Records come in file order, and each has at least one field.
            if (record->line < lastLine || record->fields.isEmpty())
                __builtin_trap();
            lastLine = record->line;
        }
    }
    return 0;
}
