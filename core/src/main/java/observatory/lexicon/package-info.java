/**
 * Reference vocabularies as data files, and ACLED event typing.
 *
 * <p>Start with {@link observatory.lexicon.Lexicons} for the bundled weapons, actors and
 * sources lexicons ({@link observatory.lexicon.Lexicon#find} returns
 * {@link observatory.lexicon.LexiconMatch}es with spans; English and Arabic phrases alike), with
 * {@link observatory.lexicon.RoleLexicon} for cue words by role ({@code cues-ar.tsv}), and with
 * {@link observatory.lexicon.EventTyper#standard()} for the ACLED event type of a sentence,
 * paragraph or report. The data files live in {@code observatory/lexicon/} on the classpath;
 * their README says how to extend them and which choices they make.
 */
package observatory.lexicon;
