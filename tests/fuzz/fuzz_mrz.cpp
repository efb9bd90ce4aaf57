// libFuzzer target for the MRZ parser (core/mrz.cpp). Any bytes, read as UTF-8 the way a
// pasted or scanned text arrives, must give a result or an error, never a crash, and the
// result must keep the parser's promises. docs/ARCHITECTURE.md ("MRZ") says how to run it.
#include "core/mrz.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace qaytish;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

void checkOne(const QString &text, const QDate &today) {
    const Result<MrzResult> r = Mrz::parse(text, today);
    const MrzProgress progress = Mrz::progress(text);
    if (!r) {
        require(!r.error().message.isEmpty());
        require(r.error().kind == ErrorKind::BadInput);
        return;
    }
    const MrzResult &m = r.value();
    // A zone that parses is one that input arriving line by line would call complete.
    require(progress.state == MrzProgress::State::Complete);
    require(m.documentType == u"TD1" || m.documentType == u"TD2" || m.documentType == u"TD3");
    require(m.lines.size() == (m.documentType == u"TD1" ? 3 : 2));
    require(m.checks.size() == (m.documentType == u"TD3" ? 5 : 4));
    require(m.checks.last().name == u"composite");
    require(m.birthDate.isValid() && m.birthDate <= today);
    require(m.expiryDate.isValid() && m.expiryDate.year() >= today.year() - 50 &&
            m.expiryDate.year() <= today.year() + 49);
    require(m.sex.isEmpty() || m.sex == u"M" || m.sex == u"F" || m.sex == u"X");
    for (const MrzCheck &c : m.checks)
        require(c.ok == (c.expected == c.found) || c.name == u"personal_number");
    if (m.pinfl)
        require(m.isUzbek());
    // Reading the normalised lines again gives the same zone.
    const Result<MrzResult> again = Mrz::parse(m.lines, today);
    require(again.ok() && again->documentNumber == m.documentNumber &&
            again->failedChecks() == m.failedChecks());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkOne(text, QDate(2026, 3, 15));
    checkOne(text, QDate(2099, 12, 31)); // another century for the two-digit years
    return 0;
}
