// CICU.h: stable-named wrappers over the ICU C functions Istilah uses.
//
// ICU renames every C entry point with a version suffix through macros
// (ubrk_open -> ubrk_open_72). Swift cannot import those macros, so each function
// is wrapped here in a `static inline cicu_*` function: the macro expands inside C
// and Swift calls a name that is the same on every ICU version.
#ifndef CICU_H
#define CICU_H

#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
#include <unicode/uspoof.h>
#include <unicode/uloc.h>
#include <unicode/ucurr.h>
#include <unicode/uchar.h>
#include <unicode/uldnames.h>
#include <unicode/uenum.h>

// MARK: errors and version

/// U_FAILURE is a macro: failure is any code above U_ZERO_ERROR (warnings are negative).
static inline int cicu_failure(UErrorCode code) { return code > U_ZERO_ERROR; }
/// u_errorName: the symbolic name of an error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
static inline const char *cicu_errorName(UErrorCode code) { return u_errorName(code); }
/// U_ICU_VERSION_MAJOR_NUM as a function.
static inline int cicu_versionMajor(void) { return U_ICU_VERSION_MAJOR_NUM; }

// MARK: break iteration (ubrk.h, utext.h)

static inline UBreakIterator *cicu_ubrk_open(UBreakIteratorType type, const char *locale,
                                             const UChar *text, int32_t length, UErrorCode *status) {
    return ubrk_open(type, locale, text, length, status);
}
static inline void cicu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
/// ubrk_clone (ICU >= 69) or ubrk_safeClone (older): an independent copy for another thread.
static inline UBreakIterator *cicu_ubrk_clone(const UBreakIterator *bi, UErrorCode *status) {
#if U_ICU_VERSION_MAJOR_NUM >= 69
    return ubrk_clone(bi, status);
#else
    return ubrk_safeClone(bi, NULL, NULL, status);
#endif
}
static inline void cicu_ubrk_setUText(UBreakIterator *bi, UText *text, UErrorCode *status) {
    ubrk_setUText(bi, text, status);
}
static inline void cicu_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t length, UErrorCode *status) {
    ubrk_setText(bi, text, length, status);
}
static inline int32_t cicu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t cicu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t cicu_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline int32_t cicu_ubrk_done(void) { return UBRK_DONE; }
static inline UBreakIteratorType cicu_ubrk_word(void) { return UBRK_WORD; }
static inline UBreakIteratorType cicu_ubrk_sentence(void) { return UBRK_SENTENCE; }
/// The locale whose break rules the iterator actually uses ("root" when the locale has no tailoring).
static inline const char *cicu_ubrk_actualLocale(const UBreakIterator *bi, UErrorCode *status) {
    return ubrk_getLocaleByType(bi, ULOC_ACTUAL_LOCALE, status);
}

/// The Sentence_Break property of `c` (UAX #29), reduced to what the paragraph shortcut of the
/// Segmenter needs, as a bit mask: 1 ATerm or STerm, 2 Close, 4 Sp, 8 Extend or Format,
/// 16 a paragraph separator (Sep, CR, LF), 0 anything else.
static inline uint8_t cicu_sentenceBreakMask(UChar32 c) {
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM: case U_SB_STERM: return 1;
    case U_SB_CLOSE: return 2;
    case U_SB_SP: return 4;
    case U_SB_EXTEND: case U_SB_FORMAT: return 8;
    case U_SB_SEP: case U_SB_CR: case U_SB_LF: return 16;
    default: return 0;
    }
}

static inline UText *cicu_utext_openUTF8(UText *ut, const char *s, int64_t length, UErrorCode *status) {
    return utext_openUTF8(ut, s, length, status);
}
static inline UText *cicu_utext_close(UText *ut) { return utext_close(ut); }

// MARK: normalization (unorm2.h)

/// unorm2_getNFKCCasefoldInstance: an ICU-owned singleton; never close it.
static inline const UNormalizer2 *cicu_unorm2_getNFKCCasefoldInstance(UErrorCode *status) {
    return unorm2_getNFKCCasefoldInstance(status);
}
static inline int32_t cicu_unorm2_normalize(const UNormalizer2 *norm, const UChar *src, int32_t length,
                                            UChar *dest, int32_t capacity, UErrorCode *status) {
    return unorm2_normalize(norm, src, length, dest, capacity, status);
}

// MARK: transliteration (utrans.h)

static inline UTransliterator *cicu_utrans_openU(const UChar *id, int32_t idLength, UTransDirection dir,
                                                 UErrorCode *status) {
    return utrans_openU(id, idLength, dir, NULL, -1, NULL, status);
}
static inline UTransDirection cicu_utrans_forward(void) { return UTRANS_FORWARD; }
static inline void cicu_utrans_close(UTransliterator *t) { utrans_close(t); }
static inline void cicu_utrans_transUChars(const UTransliterator *t, UChar *text, int32_t *textLength,
                                           int32_t capacity, int32_t start, int32_t *limit,
                                           UErrorCode *status) {
    utrans_transUChars(t, text, textLength, capacity, start, limit, status);
}

// MARK: UTF-8 <-> UTF-16 (ustring.h)

static inline UChar *cicu_u_strFromUTF8(UChar *dest, int32_t capacity, int32_t *length,
                                        const char *src, int32_t srcLength, UErrorCode *status) {
    return u_strFromUTF8(dest, capacity, length, src, srcLength, status);
}
static inline char *cicu_u_strToUTF8WithSub(char *dest, int32_t capacity, int32_t *length,
                                            const UChar *src, int32_t srcLength, UChar32 sub,
                                            int32_t *numberOfSubstitutions, UErrorCode *status) {
    return u_strToUTF8WithSub(dest, capacity, length, src, srcLength, sub, numberOfSubstitutions, status);
}

// MARK: confusables (uspoof.h)

static inline USpoofChecker *cicu_uspoof_open(UErrorCode *status) { return uspoof_open(status); }
static inline void cicu_uspoof_close(USpoofChecker *sc) { uspoof_close(sc); }
static inline int32_t cicu_uspoof_getSkeletonUTF8(const USpoofChecker *sc, const char *id, int32_t length,
                                                  char *dest, int32_t capacity, UErrorCode *status) {
    return uspoof_getSkeletonUTF8(sc, 0, id, length, dest, capacity, status);
}

// MARK: CLDR locale display names (uloc.h, ucurr.h)

static inline int32_t cicu_uloc_getDisplayCountry(const char *locale, const char *displayLocale,
                                                  UChar *country, int32_t capacity, UErrorCode *status) {
    return uloc_getDisplayCountry(locale, displayLocale, country, capacity, status);
}
static inline int32_t cicu_uloc_getDisplayLanguage(const char *locale, const char *displayLocale,
                                                   UChar *language, int32_t capacity, UErrorCode *status) {
    return uloc_getDisplayLanguage(locale, displayLocale, language, capacity, status);
}
static inline const char *const *cicu_uloc_getISOCountries(void) { return uloc_getISOCountries(); }
static inline const char *const *cicu_uloc_getISOLanguages(void) { return uloc_getISOLanguages(); }
static inline const UChar *cicu_ucurr_getName(const UChar *currency, const char *locale, UCurrNameStyle style,
                                              UBool *isChoiceFormat, int32_t *len, UErrorCode *status) {
    return ucurr_getName(currency, locale, style, isChoiceFormat, len, status);
}
static inline UCurrNameStyle cicu_ucurr_longName(void) { return UCURR_LONG_NAME; }
/// ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED): the current ISO 4217 codes.
static inline UEnumeration *cicu_ucurr_openCommonISOCurrencies(UErrorCode *status) {
    return ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, status);
}
/// uenum_next: the next string of an enumeration as a C string, or NULL at the end.
static inline const char *cicu_uenum_next(UEnumeration *en, int32_t *length, UErrorCode *status) {
    return uenum_next(en, length, status);
}
static inline void cicu_uenum_close(UEnumeration *en) { uenum_close(en); }
/// uldn_openForContext with one length context: full (1) names or CLDR's short forms (0: "AS", "UK").
static inline ULocaleDisplayNames *cicu_uldn_open(const char *locale, int shortNames, UErrorCode *status) {
    UDisplayContext context[] = { shortNames ? UDISPCTX_LENGTH_SHORT : UDISPCTX_LENGTH_FULL };
    return uldn_openForContext(locale, context, 1, status);
}
static inline void cicu_uldn_close(ULocaleDisplayNames *ldn) { uldn_close(ldn); }
/// uldn_regionDisplayName: the display name of a region code ("KP" -> "Korea Utara").
static inline int32_t cicu_uldn_regionDisplayName(const ULocaleDisplayNames *ldn, const char *region,
                                                  UChar *result, int32_t capacity, UErrorCode *status) {
    return uldn_regionDisplayName(ldn, region, result, capacity, status);
}
/// uldn_languageDisplayName: the display name of a language code ("ko" -> "Korea").
static inline int32_t cicu_uldn_languageDisplayName(const ULocaleDisplayNames *ldn, const char *language,
                                                    UChar *result, int32_t capacity, UErrorCode *status) {
    return uldn_languageDisplayName(ldn, language, result, capacity, status);
}

#endif
