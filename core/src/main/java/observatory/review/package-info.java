/**
 * The analyst's hand: merges, splits, corrections and statuses, kept as durable {@link
 * observatory.review.Decision}s about claims (never about a derived incident id), and applied to the
 * linker's incidents by {@link observatory.review.Decisions#apply} every time incidents are
 * recomputed, so that re-ingesting or re-linking never overwrites them. {@link
 * observatory.review.Contest} holds the rule that marks an incident contested, {@link
 * observatory.review.ReviewMark} the one that marks it for review. Pure: no I/O.
 */
package observatory.review;
