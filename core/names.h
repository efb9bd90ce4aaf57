#pragma once

#include <QString>

namespace qaytish::names {

inline constexpr QChar OkinaChar = QChar(0x02BB); // ʻ in oʻ gʻ
inline constexpr QChar TutuqChar = QChar(0x02BC); // ʼ the tutuq belgisi

// True for ' ‘ ’ ` ʻ ʼ: the characters people type for ʻ and ʼ.
bool isApostropheVariant(QChar c);

// Uzbek Latin as it should be stored: any apostrophe variant after o or g (either case)
// becomes U+02BB, any other becomes U+02BC. The length never changes, so an editor can
// apply it while the officer types without moving the cursor.
QString normalizeLatinApostrophes(const QString &text);

// Latin -> Cyrillic and back by the rules of DOMAIN.md. Latin -> Cyrillic is ambiguous
// (Ishoq is Исҳоқ): the result is a suggestion for the officer, never stored silently.
QString latinToCyrillic(const QString &latin);
QString cyrillicToLatin(const QString &cyrillic);

// True when the text contains Cyrillic letters / Latin letters.
bool hasCyrillic(const QString &text);
bool hasLatin(const QString &text);

// The normalised search form of a name or a query: case-folded, apostrophes unified,
// Cyrillic transliterated and the usual Russian and English spellings of Uzbek sounds
// folded to one ASCII form, so that Gʻulomov, G'ulomov, Gulomov, Ғуломов and Гуломов give
// the same key. Words are separated by single spaces.
QString searchKey(const QString &text);
// Version of the searchKey rules; stored next to derived columns so that a migration can
// recompute them when the rules change.
inline constexpr int SearchKeyVersion = 1;

// Byte-orderable sort keys (compared with SQLite's BINARY collation): Uzbek Latin order
// ... x y z oʻ gʻ sh ch; Uzbek Cyrillic order ... э ю я ў қ ғ ҳ. Case-insensitive.
QString latinSortKey(const QString &text);
QString cyrillicSortKey(const QString &text);

// "Surname Given Names Patronymic" with empty parts skipped.
QString joinFullName(const QString &surname, const QString &givenNames, const QString &patronymic);

} // namespace qaytish::names
