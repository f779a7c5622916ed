-- Search (the same columns as SQLite's FTS5 index): trigram GIN index over one text per promise, so
-- `ILIKE '%term%'` is served by the index for terms of three characters or more. The app's search
-- predicate (app/models/public/sql.server.ts) calls the same function, so the index matches it.
-- pg_trgm is a trusted extension: the database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Columns joined by a line break, which a search term (split at whitespace) never holds: no term
-- matches across two columns, as in FTS5.
CREATE FUNCTION "taizhang_search_text"(quote TEXT, metric TEXT, sector TEXT, entities TEXT, paragraph TEXT)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT quote || E'\n' || metric || E'\n' || coalesce(sector, '') || E'\n' || entities || E'\n' || coalesce(paragraph, '')
$$;

CREATE INDEX "Commitment_search_trgm_idx" ON "Commitment"
  USING gin ("taizhang_search_text"("quote", "metric", "sector", "entities", "paragraph") gin_trgm_ops);
