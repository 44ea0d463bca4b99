/**
 * Persistence: reports and their claims, places and evidence in one SQL schema that runs on two
 * engines, SQLite (embedded, the default) and PostgreSQL (a shared install). Start at
 * {@link observatory.store.Store}: {@code Store.open(jdbcUrl)}, then {@code ingest(extraction)}.
 * Migrations live in {@code observatory/store/migration} and run on open.
 */
package observatory.store;
