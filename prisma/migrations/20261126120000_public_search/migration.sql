-- Public search (docs/decisions/005-public-search.md): one document per verdict, so that a
-- search with any filters is one GIN lookup on one table instead of joins across Claim, topics
-- and appearances. Written by hand: Prisma only declares the column and its index.
--
-- Verdict.search = the claim's text (weight A) + conclusion (B) + rationale (C)
--                + filter keys without positions: "=claimant:<id>", "=topic:<id>", "=source:<id>"
--                  (publishers of the articles the claim appears in). The english parser never
--                  produces "=" or ":" in a lexeme, so no text can match or forge a filter key;
--                  ranking and highlighting use the reader's words only.

CREATE FUNCTION verdict_search_document(claim_text text, conclusion text, rationale text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(claim_text, '')), 'A') ||
         setweight(to_tsvector('english'::regconfig, coalesce(conclusion, '')), 'B') ||
         setweight(to_tsvector('english'::regconfig, coalesce(rationale, '')), 'C')
$$;

CREATE FUNCTION verdict_filter_keys(claim_id text) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT k.key), '{}'))
    FROM (
      SELECT '=claimant:' || c."claimantId" FROM "Claim" c WHERE c."id" = claim_id AND c."claimantId" IS NOT NULL
      UNION ALL
      SELECT '=topic:' || ct."B" FROM "_ClaimToTopic" ct WHERE ct."A" = claim_id
      UNION ALL
      SELECT '=source:' || ar."publisherId"
        FROM "Appearance" a JOIN "Article" ar ON ar."id" = a."articleId"
       WHERE a."claimId" = claim_id AND ar."publisherId" IS NOT NULL
    ) AS k(key)
$$;

CREATE OR REPLACE FUNCTION verdict_search_update() RETURNS trigger AS $$
BEGIN
  NEW."search" := verdict_search_document(
      (SELECT "text" FROM "Claim" WHERE "id" = NEW."claimId"), NEW."conclusion", NEW."rationale")
    || verdict_filter_keys(NEW."claimId");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER verdict_search_update ON "Verdict";
CREATE TRIGGER verdict_search_update
  BEFORE INSERT OR UPDATE OF "claimId", "conclusion", "rationale" ON "Verdict"
  FOR EACH ROW EXECUTE FUNCTION verdict_search_update();

-- Recomputes the document of the verdict (if any) of one claim.
CREATE FUNCTION refresh_verdict_search(claim_id text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Verdict" v
     SET "search" = verdict_search_document(c."text", v."conclusion", v."rationale") || verdict_filter_keys(c."id")
    FROM "Claim" c
   WHERE c."id" = claim_id AND v."claimId" = c."id"
$$;

-- Whatever changes a claim's text, claimant, topics or appearances reaches its verdict's document.
CREATE FUNCTION claim_to_verdict_search() RETURNS trigger AS $$
BEGIN
  PERFORM refresh_verdict_search(NEW."id");
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER claim_to_verdict_search
  AFTER UPDATE OF "text", "claimantId" ON "Claim"
  FOR EACH ROW WHEN (OLD."text" IS DISTINCT FROM NEW."text" OR OLD."claimantId" IS DISTINCT FROM NEW."claimantId")
  EXECUTE FUNCTION claim_to_verdict_search();

CREATE FUNCTION claim_topic_to_verdict_search() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM refresh_verdict_search(OLD."A"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM refresh_verdict_search(NEW."A"); END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER claim_topic_to_verdict_search
  AFTER INSERT OR UPDATE OR DELETE ON "_ClaimToTopic"
  FOR EACH ROW EXECUTE FUNCTION claim_topic_to_verdict_search();

CREATE FUNCTION appearance_to_verdict_search() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM refresh_verdict_search(OLD."claimId"); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (NEW."claimId", NEW."articleId") IS DISTINCT FROM (OLD."claimId", OLD."articleId")) THEN
    PERFORM refresh_verdict_search(NEW."claimId");
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER appearance_to_verdict_search
  AFTER INSERT OR DELETE OR UPDATE OF "claimId", "articleId" ON "Appearance"
  FOR EACH ROW EXECUTE FUNCTION appearance_to_verdict_search();

CREATE FUNCTION article_publisher_to_verdict_search() RETURNS trigger AS $$
BEGIN
  PERFORM refresh_verdict_search(a."claimId") FROM "Appearance" a WHERE a."articleId" = NEW."id";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_publisher_to_verdict_search
  AFTER UPDATE OF "publisherId" ON "Article"
  FOR EACH ROW WHEN (OLD."publisherId" IS DISTINCT FROM NEW."publisherId")
  EXECUTE FUNCTION article_publisher_to_verdict_search();

-- Existing verdicts get the new document.
UPDATE "Verdict" v
   SET "search" = verdict_search_document(c."text", v."conclusion", v."rationale") || verdict_filter_keys(c."id")
  FROM "Claim" c
 WHERE c."id" = v."claimId";
