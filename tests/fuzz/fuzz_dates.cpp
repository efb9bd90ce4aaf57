// libFuzzer target for date parsing: the dates officers type (core/dates.cpp) and the dates
// of an imported list in each order the officer can choose (CsvImporter::parseDate). Any
// text gives a real date or nothing, and a date that is read comes back the same way when
// it is written and read again: a wrong birth date on a travel document strands a person.
#include "core/csvimport.h"
#include "core/dates.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace qaytish;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

void roundTrip(const QDate &date) {
    require(date.isValid());
    require(dates::fromIso(dates::toIso(date)) == date);
    const std::optional<QDate> typed = dates::parseInput(dates::format(date));
    require(typed && *typed == date);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<QDate> typed = dates::parseInput(text))
        roundTrip(*typed);
    const QDate iso = dates::fromIso(text);
    if (iso.isValid())
        require(dates::toIso(iso) == text.trimmed() || dates::fromIso(dates::toIso(iso)) == iso);
    for (const DateOrder order :
         {DateOrder::Unset, DateOrder::Dmy, DateOrder::Mdy, DateOrder::Iso}) {
        CsvImporter::DateProblem problem = CsvImporter::DateProblem::None;
        const std::optional<QDate> read = CsvImporter::parseDate(text, order, &problem);
        if (read) {
            require(problem == CsvImporter::DateProblem::None);
            roundTrip(*read);
        } else {
            require(problem != CsvImporter::DateProblem::None || text.trimmed().isEmpty());
        }
        // Only a file whose order the officer has not chosen can be ambiguous.
        if (problem == CsvImporter::DateProblem::Ambiguous)
            require(order == DateOrder::Unset);
    }
    const QDateTime stamp = dates::fromIsoDateTime(text);
    if (stamp.isValid())
        require(dates::fromIsoDateTime(dates::toIsoDateTime(stamp)) == stamp);
    return 0;
}
