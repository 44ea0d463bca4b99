/**
 * Reading plain English news text: {@link observatory.text.Sentences#split sentences},
 * {@link observatory.text.Numbers#find figures} with their qualifiers ("at least 26") and
 * {@link observatory.text.Dates#find dates} resolved against the publication date. Every result
 * carries exact character offsets into the text, so the extractor can keep it as evidence.
 *
 * <p>Start with {@link observatory.text.Numbers}. All three are pure, thread-safe static functions
 * without regular expressions, linear in the length of the text.
 */
package observatory.text;
