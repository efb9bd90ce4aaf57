// libFuzzer target for the PINFL decoder (core/pinfl.cpp). Any text must decode to a result
// that keeps the decoder's promises: well formed means fourteen digits with a real birth
// date, a sex and a century that agree with the first digit, and a check digit reported
// as it is; anything else carries a reason. docs/RELIABILITY.md says how to run it.
#include "core/pinfl.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace qaytish;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

bool allDigits(const QString &text) {
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PinflInfo info = Pinfl::decode(text);
    if (!info.wellFormed) {
        require(!info.error.isEmpty());
        return 0;
    }
    // Spaces inside and white space around a pasted number are ignored.
    QString digits = text;
    digits.remove(u' ');
    digits = digits.trimmed();
    require(digits.size() == 14 && allDigits(digits));
    require(info.birthDate.isValid());
    require(info.century == 1800 || info.century == 1900 || info.century == 2000);
    require(info.birthDate.year() >= info.century && info.birthDate.year() < info.century + 100);
    // The first digit names the century and the sex together: odd for men, even for women.
    const int first = digits.at(0).digitValue();
    require(info.sex == (first % 2 == 1 ? u"M" : u"F"));
    require(info.district == digits.mid(7, 3) && info.serial == digits.mid(10, 3));
    require(info.expectedCheckDigit == Pinfl::checkDigit(digits.left(13)));
    require(info.checkDigitOk == (info.expectedCheckDigit == digits.at(13).digitValue()));
    // Decoding is a function of the text: the same digits decode the same way again.
    const PinflInfo again = Pinfl::decode(digits);
    require(again.wellFormed && again.birthDate == info.birthDate && again.sex == info.sex);
    return 0;
}
