-- Quoted phrases answered from an index (docs/decisions/029-search-at-a-million-claims.md).
-- The GIN index on "document" knows which documents hold each word, not where: a phrase of two
-- frequent words ("prices doubled") had every document holding both read from TOAST to check
-- that they are adjacent (~52,000 documents for 638 matches at 200,000 verdicts, ~250 ms).
-- "pairs" holds a 32-bit hash of every pair of adjacent words of the document (lexemes at
-- positions p and p+1, as the phrase operator <-> reads them), with a GIN index: a phrase's pairs
-- narrow the documents to those where its words are adjacent, and the document condition checks
-- the rest (hash collisions, longer phrases). Written by hand; Prisma declares the column only.

-- Adjacent lexeme pairs of a tsvector, hashed (md5, first 32 bits: the same on every server and
-- version). Positions are capped at 16,383 by tsvector, so very long documents may list a few
-- extra pairs: a superset, as the search only narrows with it.
CREATE FUNCTION search_word_pairs(doc tsvector) RETURNS integer[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH w AS (SELECT u.lexeme, p::int AS p FROM unnest(doc) u, unnest(u.positions) p)
  SELECT coalesce(array_agg(DISTINCT ('x' || left(md5(a.lexeme || ' ' || b.lexeme), 8))::bit(32)::int), '{}')
    FROM w a JOIN w b ON b.p = a.p + 1
$$;

ALTER TABLE "VerdictSearch" ADD COLUMN "pairs" INTEGER[] NOT NULL DEFAULT '{}';
-- Out of line like the document, so the heap rows stay narrow (decision 005).
ALTER TABLE "VerdictSearch" ALTER COLUMN "pairs" SET STORAGE EXTERNAL;

-- Kept from the document by whoever writes the row (sync_verdict_search, bench data, tests).
CREATE FUNCTION verdict_search_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."pairs" := search_word_pairs(NEW."document");
  RETURN NEW;
END
$$;

CREATE TRIGGER verdict_search_pairs
  BEFORE INSERT OR UPDATE OF "document" ON "VerdictSearch"
  FOR EACH ROW EXECUTE FUNCTION verdict_search_pairs();

UPDATE "VerdictSearch" SET "pairs" = search_word_pairs("document");

CREATE INDEX "VerdictSearch_pairs_idx" ON "VerdictSearch" USING GIN ("pairs");
