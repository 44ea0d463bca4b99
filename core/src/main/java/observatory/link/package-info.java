/**
 * Linking: claims from different reports that describe one real event become one {@link
 * observatory.link.Incident}. Start at {@link observatory.link.Linker}: {@code link(claims)} for a
 * list, {@code sweep(out)} ({@link observatory.link.LinkSweep}) for claims streamed in date order
 * with bounded memory; both give the same incidents. {@link
 * observatory.link.Estimate} holds the counting rules and {@link observatory.link.Totals} sums
 * incidents without adding a total to its parts. Pure: no I/O, deterministic.
 */
package observatory.link;
