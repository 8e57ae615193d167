-- Public search (docs/decisions/005-public-search.md): one document per verdict, so a search
-- reads one GIN index on one table instead of joining two tsvectors across Claim and Verdict.
-- Weights: the claim's text A, the conclusion B, the rationale C. Written by hand: Prisma only
-- declares the column and its index.

CREATE FUNCTION verdict_search_document(claim_text text, conclusion text, rationale text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(claim_text, '')), 'A') ||
         setweight(to_tsvector('english'::regconfig, coalesce(conclusion, '')), 'B') ||
         setweight(to_tsvector('english'::regconfig, coalesce(rationale, '')), 'C')
$$;

CREATE OR REPLACE FUNCTION verdict_search_update() RETURNS trigger AS $$
BEGIN
  NEW."search" := verdict_search_document(
    (SELECT "text" FROM "Claim" WHERE "id" = NEW."claimId"), NEW."conclusion", NEW."rationale");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER verdict_search_update ON "Verdict";
CREATE TRIGGER verdict_search_update
  BEFORE INSERT OR UPDATE OF "claimId", "conclusion", "rationale" ON "Verdict"
  FOR EACH ROW EXECUTE FUNCTION verdict_search_update();

-- An edit of the claim's text reaches its verdict's document.
CREATE FUNCTION claim_text_to_verdict_search() RETURNS trigger AS $$
BEGIN
  UPDATE "Verdict"
     SET "search" = verdict_search_document(NEW."text", "conclusion", "rationale")
   WHERE "claimId" = NEW."id";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER claim_text_to_verdict_search
  AFTER UPDATE OF "text" ON "Claim"
  FOR EACH ROW WHEN (OLD."text" IS DISTINCT FROM NEW."text")
  EXECUTE FUNCTION claim_text_to_verdict_search();

-- Existing verdicts get the new document.
UPDATE "Verdict" v
   SET "search" = verdict_search_document(c."text", v."conclusion", v."rationale")
  FROM "Claim" c
 WHERE c."id" = v."claimId";
