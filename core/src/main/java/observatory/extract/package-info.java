/**
 * Extraction: a report's text in, claims with evidence out.
 *
 * <h2>Where to start</h2>
 * {@link observatory.extract.Extractor} is the one public entry point ({@code standard()},
 * {@code with(...)}, {@code extract(Report)}); {@link observatory.extract.Extraction} is what it
 * returns. {@code Extractor.run} is the chain below, in ten lines.
 *
 * <h2>The chain</h2>
 * Each stage is a package-private final class with one entry method that takes immutable records
 * and returns new ones. The order matters where a stage reads what another decided.
 * <ol>
 *   <li>{@code SentenceReader}: where the sentences and paragraphs are, their words, and the
 *       weapons, actors and sources the lexicons find in each ({@code Sentence}; dates are read
 *       when first asked for).</li>
 *   <li>{@code FigureFinder}: which numbers of a sentence count casualties, killed or wounded,
 *       whom (category), and which are parts or siblings of another ({@code Figure}).</li>
 *   <li>{@code PlaceReader}: which names are places and what they resolve to, in the context of
 *       the countries, governorates and places the report names; when "Idlib" is the
 *       governorate. The text, cues, sentences and {@code PlaceChoice} (the rules that pick and
 *       compare places) then make the {@code Reading} every later stage reads.</li>
 *   <li>{@code DraftMaker}: which figures make a claim ({@code Draft}); each one's clause,
 *       places, date, weapons, and whether it is said as a separate event.</li>
 *   <li>{@code Adoptions}: which earlier tolls the report supersedes (dropped); what a draft
 *       takes from the sentences after it (a town named next, where the victims died); which
 *       sentences state a strike with no figure (new drafts, or evidence for a known one).</li>
 *   <li>{@code Attribution}: who did it and how firmly (stated, suspected, disputed), read in
 *       the draft's own sentence, then in the sentences it adopted; who reports it. Role words
 *       ("terrorists", "the army", "the group") are resolved by {@code StandIns} from the
 *       report's voice and country.</li>
 *   <li>{@code Scopes}: single event, total, tally over a period, or war-wide background toll,
 *       from the cue words of {@code scope-cues.tsv}; each decision is a
 *       {@code ScopeDecision} that names the cues it read and any doubt. Runs before and again
 *       after the restatements are merged.</li>
 *   <li>{@code Restatements}: which drafts are one figure said twice, and what the merged
 *       draft keeps (the richer statement, the careful figure, the evidence of both).</li>
 *   <li>{@code Totals}: the figures after a tally count over its period; which drafts are parts
 *       of which total (a total is never added to its parts); what parts inherit.</li>
 *   <li>{@code ClaimMaker}: the claims with ids, evidence for every field, event types, and a
 *       confidence lowered where the scope decision doubts the scope.</li>
 * </ol>
 *
 * <h2>Data</h2>
 * Cue words live in {@code cues.tsv} (figures, attackers, attacks) and {@code scope-cues.tsv}
 * (scope), read by {@code Cues} into one trie walked once per report; each file's header says
 * what its roles mean. Place words that are never places are in {@code not-places.txt}.
 *
 * <h2>Faults</h2>
 * Every stage runs each sentence (or each draft) through {@code Faults.guard}: a fault there
 * loses that sentence (or draft) only, with an {@link observatory.extract.Extraction.Warning}
 * naming the report, the offset and the stage. Tests inject faults with
 * {@code Extractor.withProbe}.
 */
package observatory.extract;
