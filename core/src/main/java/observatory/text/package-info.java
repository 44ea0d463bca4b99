/**
 * Reading plain news text. In English: {@link observatory.text.Sentences#split sentences},
 * {@link observatory.text.Numbers#find figures} with their qualifiers ("at least 26") and
 * {@link observatory.text.Dates#find dates} resolved against the publication date. Every result
 * carries exact character offsets into the text, so the extractor can keep it as evidence.
 *
 * <p>In Arabic, the same records from {@link observatory.text.ArabicNumbers#find} (digits of three
 * scripts, numbers in words, duals, vague counts, qualifiers) and {@link observatory.text.ArabicDates#find}
 * (both month series, days of the week, relative days and periods), with spans into the text as
 * written; {@link observatory.text.ArabicLetters} folds the letters for every Arabic reader of the
 * project (the gazetteer and the lexicons too) and {@link observatory.text.ArabicProclitics} reads
 * off the conjunctions, prepositions and article written onto a word.
 *
 * <p>Start with {@link observatory.text.Numbers}. All three are pure, thread-safe static functions
 * without regular expressions, linear in the length of the text.
 */
package observatory.text;
