-- Claim matching (docs/decisions/012-claim-matching.md): a meaning vector per claim, written by the
-- app with the text (no pgvector: the embedded PostgreSQL lacks it; the matcher re-ranks lexical
-- candidates in Node, so no vector index is needed).
ALTER TABLE "Claim" ADD COLUMN "meaning" BYTEA;

-- The matcher's BM25 weights read word frequencies from the statistics of Claim.search; the default
-- target lists ~1,000 lexemes, 1,000 lists ~10,000, so more rare words get their own weight.
ALTER TABLE "Claim" ALTER COLUMN "search" SET STATISTICS 1000;
