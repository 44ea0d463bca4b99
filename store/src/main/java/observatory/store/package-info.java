/**
 * Persistence: reports and their claims, places and evidence in one SQL schema that runs on two
 * engines, SQLite (embedded, the default) and PostgreSQL (a shared install). Start at
 * {@link observatory.store.Store}: {@code Store.open(jdbcUrl)}, then {@code ingest(extraction)}.
 * Migrations live in {@code observatory/store/migration} and run on open.
 *
 * <p>Beside incidents: the analyst's changes ({@code merge}, {@code split}, {@code correct},
 * {@code setStatus}, each kept as a decision about claims and an {@link observatory.store.AuditEntry}),
 * monitors' tallies with what incidents account for ({@link observatory.store.TallyAccount}), and
 * daily series per region ({@link observatory.store.DailyCount}).
 */
package observatory.store;
