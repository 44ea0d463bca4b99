/**
 * Linking: claims from different reports that describe one real event become one {@link
 * observatory.link.Incident}. Start at {@link observatory.link.Linker}; {@link
 * observatory.link.Estimate} holds the counting rules and {@link observatory.link.Totals} sums
 * incidents without adding a total to its parts. Pure: no I/O, deterministic.
 */
package observatory.link;
