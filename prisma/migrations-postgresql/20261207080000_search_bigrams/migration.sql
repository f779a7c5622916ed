-- Search for words of two characters, the usual length of a Chinese word (教育, 养老): pg_trgm cannot
-- index them, so a term of two characters reads every promise. A GIN index on the set of two-character
-- pieces of the same search text finds the promises that may hold it; ILIKE then checks each one.
CREATE FUNCTION "taizhang_bigrams"(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i
$$;

CREATE INDEX "Commitment_search_bigram_idx" ON "Commitment"
  USING gin ("taizhang_bigrams"("taizhang_search_text"("quote", "metric", "sector", "entities", "paragraph")));
