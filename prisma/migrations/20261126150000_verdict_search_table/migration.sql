-- Search moves into a narrow table (docs/decisions/005-public-search.md). Verdict rows are wide
-- (conclusion, rationale, the document inline), so a search that had to read thousands of them to
-- sort or filter was slow. "VerdictSearch" holds one row per PUBLISHED verdict: the sort and
-- filter columns inline (about 60 bytes) and the document out of line (TOAST), so reading
-- thousands of matching rows touches a few pages and only the ranked rows' documents are read.
-- Written by hand around what `prisma migrate diff` generated: Prisma declares the table and its
-- indexes, the triggers that keep it live here.

CREATE TABLE "VerdictSearch" (
    "verdictId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "ratingId" TEXT,
    "document" tsvector NOT NULL,

    CONSTRAINT "VerdictSearch_pkey" PRIMARY KEY ("verdictId")
);

-- Documents (~1–2 kB) always out of line, uncompressed: the heap stays narrow.
ALTER TABLE "VerdictSearch" ALTER COLUMN "document" SET STORAGE EXTERNAL;
ALTER TABLE "VerdictSearch" SET (toast_tuple_target = 128);

ALTER TABLE "VerdictSearch" ADD CONSTRAINT "VerdictSearch_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Writes (or removes) the search row of one verdict: present exactly while it is PUBLISHED.
-- verdict_search_document and verdict_filter_keys come from 20261126120000_public_search.
CREATE FUNCTION sync_verdict_search(verdict_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "VerdictSearch" ("verdictId", "publishedAt", "ratingId", "document")
  SELECT v."id", v."publishedAt", v."ratingId",
         verdict_search_document(c."text", v."conclusion", v."rationale") || verdict_filter_keys(c."id")
    FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
   WHERE v."id" = verdict_id AND v."status" = 'PUBLISHED' AND v."publishedAt" IS NOT NULL
  ON CONFLICT ("verdictId") DO UPDATE
     SET "publishedAt" = EXCLUDED."publishedAt", "ratingId" = EXCLUDED."ratingId", "document" = EXCLUDED."document";
  IF NOT FOUND THEN
    DELETE FROM "VerdictSearch" WHERE "verdictId" = verdict_id;
  END IF;
END
$$;

-- A verdict's own columns: replaces the BEFORE trigger that filled Verdict.search.
DROP TRIGGER verdict_search_update ON "Verdict";
DROP FUNCTION verdict_search_update();

CREATE FUNCTION verdict_to_verdict_search() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."claimId", OLD."conclusion", OLD."rationale", OLD."status", OLD."publishedAt", OLD."ratingId")
       IS NOT DISTINCT FROM (NEW."claimId", NEW."conclusion", NEW."rationale", NEW."status", NEW."publishedAt", NEW."ratingId") THEN
    RETURN NULL;
  END IF;
  PERFORM sync_verdict_search(NEW."id");
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER verdict_to_verdict_search
  AFTER INSERT OR UPDATE OF "claimId", "conclusion", "rationale", "status", "publishedAt", "ratingId" ON "Verdict"
  FOR EACH ROW EXECUTE FUNCTION verdict_to_verdict_search();

-- The claim, topic, appearance and article triggers of 20261126120000_public_search call this.
CREATE OR REPLACE FUNCTION refresh_verdict_search(claim_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sync_verdict_search(v."id") FROM "Verdict" v WHERE v."claimId" = claim_id;
END
$$;

-- Back-fill from the documents already computed, then index (faster than indexing row by row).
INSERT INTO "VerdictSearch" ("verdictId", "publishedAt", "ratingId", "document")
SELECT v."id", v."publishedAt", v."ratingId",
       coalesce(v."search", verdict_search_document(c."text", v."conclusion", v."rationale") || verdict_filter_keys(c."id"))
  FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
 WHERE v."status" = 'PUBLISHED' AND v."publishedAt" IS NOT NULL
 ORDER BY v."publishedAt";

CREATE INDEX "VerdictSearch_document_idx" ON "VerdictSearch" USING GIN ("document");
CREATE INDEX "VerdictSearch_publishedAt_verdictId_idx" ON "VerdictSearch"("publishedAt" DESC, "verdictId" DESC);

DROP INDEX "Verdict_search_idx";
ALTER TABLE "Verdict" DROP COLUMN "search";

ANALYZE "VerdictSearch";
