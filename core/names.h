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
// the same key. Words are separated by single spaces. Keys are compared with matches() or
// sameName(), never with ==: the vowels a, o and u stay distinct in the key and are
// related by the comparison (see the rules above searchKey() in names.cpp).
QString searchKey(const QString &text);
// Version of the searchKey rules; stored next to derived columns so that opening an older
// register recomputes them (core/searchkeys.h).
// 1: o and a folded to one letter, oʻ and u to another.
// 2: a, o, u kept apart in the key and related when compared (a~o, o~u).
inline constexpr int SearchKeyVersion = 2;

// The search of the register: true when every word of the query key is, letter by letter,
// the beginning of some word of the stored key (two query words may match the same stored
// word). Letters compare equal, except that o matches a and u (and a and u match o):
// Rahmonov/Рахманов, Toʻxtayev/TOKHTAEV/Tukhtaev. CaseQuery runs the same predicate in SQL
// through searchKeyGlob(). An empty query matches everything.
bool matches(const QString &queryKey, const QString &storedKey);
// Whole-name comparison: the same number of words, each word matching the other whole
// (same length), in order. Symmetric; not transitive (a~o~u, but a does not match u).
bool sameName(const QString &keyA, const QString &keyB);
// One word: `query` matches the beginning of `stored` (or all of it, when `whole`).
bool wordMatches(QStringView query, QStringView stored, bool whole = false);
// SQLite GLOB pattern, to be matched against ' ' || search_key, that is true exactly when
// matches(queryWord, search_key) for one query word: "* " + the word with [ao], [aou], [ou]
// for a, o, u + "*". The word must come from searchKey() (only a-z and 0-9).
QString searchKeyGlob(const QString &queryWord);
// The "skeleton" of a search key or of one of its words: a and u written as o. A query word
// matches a stored word (wordMatches) only when its skeleton is a prefix of the stored word's
// skeleton, so an index of skeletons (the person_search table of resources/sql/004_search.sql,
// which writes the same rule in SQL) finds every match and few others.
QString searchSkeleton(const QString &key);

// Byte-orderable sort keys (compared with SQLite's BINARY collation): Uzbek Latin order
// ... x y z oʻ gʻ sh ch; Uzbek Cyrillic order ... э ю я ў қ ғ ҳ. Case-insensitive.
QString latinSortKey(const QString &text);
QString cyrillicSortKey(const QString &text);

// "Surname Given Names Patronymic" with empty parts skipped.
QString joinFullName(const QString &surname, const QString &givenNames, const QString &patronymic);

} // namespace qaytish::names
