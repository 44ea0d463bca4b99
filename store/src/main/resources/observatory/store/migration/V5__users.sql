-- Schema v5: the accounts of a shared install (observatory serve), and the indexes the server's
-- incident list and regional totals need on a large store. Portable SQL only, as v1.
-- (V3 and V4 are reserved for the analyst and onset migrations developed in parallel.)

-- One person who may sign in. password_hash: bcrypt ($2a$...), never the password.
CREATE TABLE users (
  name          TEXT NOT NULL PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL
);

-- A token for scripts, acting as its user. Only the SHA-256 of its secret is kept: a token is
-- shown once when created and cannot be read back from the database.
CREATE TABLE api_tokens (
  id          TEXT NOT NULL PRIMARY KEY,  -- the public part of the token, to find its row
  user_name   TEXT NOT NULL REFERENCES users (name),
  secret_hash TEXT NOT NULL,              -- hex SHA-256 of the secret part
  created_at  TEXT NOT NULL
);

-- The incident list orders by first day (else last day), undated last, then id; the same
-- expression on both engines, so the list reads a page from the index instead of sorting all.
CREATE INDEX incidents_by_day ON incidents (COALESCE(date_from, date_to, '9999-12-31'), id);
-- Region filters match the governorate in any case.
CREATE INDEX incidents_by_region_day ON incidents (LOWER(admin1), COALESCE(date_from, date_to, '9999-12-31'), id);
-- A first day keeps the incidents that reach it: those starting on or after it (the indexes above)
-- and the periods that started before; these partial indexes hold only the periods.
CREATE INDEX incidents_spanning ON incidents (LOWER(admin1), date_to) WHERE date_to > date_from;
CREATE INDEX incidents_spanning_days ON incidents (date_to) WHERE date_to > date_from;
