-- Today's claims (lib/monitoring/today.ts) ranks groups of near-identical open suggestions
-- (Suggestion.groupKey) by their best score. Grouping every open suggestion of the day on each
-- load cost over 600 ms at 330,000 suggestions. These tables keep each group's figures over its
-- OPEN suggestions, maintained by the triggers below on every write (intake's inserts, decisions,
-- re-ingestion, deletions, an article's publisher changing), so the page reads a page of groups
-- from an index. docs/decisions/031-todays-claims-group-summary.md.

-- A group's open suggestions: how many, the best score, the newest and the oldest.
CREATE TABLE "SuggestionGroup" (
    "groupKey" TEXT NOT NULL,
    "openCount" INTEGER NOT NULL,
    "maxScore" DOUBLE PRECISION NOT NULL,
    "maxCreatedAt" TIMESTAMP(3) NOT NULL,
    "minCreatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuggestionGroup_pkey" PRIMARY KEY ("groupKey")
);

-- A group's open suggestions per outlet (the article's source, or the article itself when it has none).
CREATE TABLE "SuggestionGroupOutlet" (
    "groupKey" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "openCount" INTEGER NOT NULL,

    CONSTRAINT "SuggestionGroupOutlet_pkey" PRIMARY KEY ("groupKey","outlet")
);

CREATE INDEX "SuggestionGroup_maxScore_maxCreatedAt_groupKey_idx" ON "SuggestionGroup"("maxScore" DESC, "maxCreatedAt" DESC, "groupKey");
CREATE INDEX "SuggestionGroup_minCreatedAt_idx" ON "SuggestionGroup"("minCreatedAt");
CREATE INDEX "SuggestionGroup_maxCreatedAt_minCreatedAt_idx" ON "SuggestionGroup"("maxCreatedAt", "minCreatedAt");

-- A group's best open members first, for the page's rows (replaces the index on groupKey alone).
DROP INDEX "Suggestion_groupKey_idx";
CREATE INDEX "Suggestion_groupKey_state_score_createdAt_id_idx" ON "Suggestion"("groupKey", "state", "score" DESC, "createdAt", "id");

-- Recomputes groups from their suggestions: after anything but an insert (a decision, a changed
-- score or text, a deletion, a publisher change). The groups are locked first, in key order, so
-- that concurrent writes to one group queue; each later statement then reads what they committed.
CREATE FUNCTION suggestion_groups_refresh(keys TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF keys IS NULL OR cardinality(keys) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO "SuggestionGroup" ("groupKey", "openCount", "maxScore", "maxCreatedAt", "minCreatedAt")
    SELECT k, 0, 0, now(), now() FROM unnest(keys) AS k ORDER BY k
    ON CONFLICT ("groupKey") DO NOTHING;
  PERFORM 1 FROM "SuggestionGroup" WHERE "groupKey" = ANY (keys) ORDER BY "groupKey" FOR UPDATE;

  UPDATE "SuggestionGroup" g
     SET "openCount" = x.n, "maxScore" = x.best, "maxCreatedAt" = x.newest, "minCreatedAt" = x.oldest
    FROM (
      SELECT s."groupKey", count(*)::int AS n, max(s.score) AS best, max(s."createdAt") AS newest, min(s."createdAt") AS oldest
        FROM "Suggestion" s
       WHERE s."groupKey" = ANY (keys) AND s.state = 'OPEN'
       GROUP BY s."groupKey"
    ) x
   WHERE g."groupKey" = x."groupKey";
  DELETE FROM "SuggestionGroup" g
   WHERE g."groupKey" = ANY (keys)
     AND NOT EXISTS (SELECT 1 FROM "Suggestion" s WHERE s."groupKey" = g."groupKey" AND s.state = 'OPEN');

  DELETE FROM "SuggestionGroupOutlet" WHERE "groupKey" = ANY (keys);
  INSERT INTO "SuggestionGroupOutlet" ("groupKey", "outlet", "openCount")
    SELECT s."groupKey", coalesce(a."publisherId", a.id), count(*)::int
      FROM "Suggestion" s JOIN "Article" a ON a.id = s."articleId"
     WHERE s."groupKey" = ANY (keys) AND s.state = 'OPEN'
     GROUP BY 1, 2;
END;
$$;

-- Inserts (intake) only add to a group: counted on, without reading the group's other members.
CREATE FUNCTION suggestion_groups_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SuggestionGroup" AS g ("groupKey", "openCount", "maxScore", "maxCreatedAt", "minCreatedAt")
    SELECT n."groupKey", count(*)::int, max(n.score), max(n."createdAt"), min(n."createdAt")
      FROM inserted n
     WHERE n.state = 'OPEN'
     GROUP BY n."groupKey"
     ORDER BY n."groupKey"
    ON CONFLICT ("groupKey") DO UPDATE
       SET "openCount" = g."openCount" + excluded."openCount",
           "maxScore" = greatest(g."maxScore", excluded."maxScore"),
           "maxCreatedAt" = greatest(g."maxCreatedAt", excluded."maxCreatedAt"),
           "minCreatedAt" = least(g."minCreatedAt", excluded."minCreatedAt");
  INSERT INTO "SuggestionGroupOutlet" AS o ("groupKey", "outlet", "openCount")
    SELECT n."groupKey", coalesce(a."publisherId", a.id), count(*)::int
      FROM inserted n JOIN "Article" a ON a.id = n."articleId"
     WHERE n.state = 'OPEN'
     GROUP BY 1, 2
     ORDER BY 1, 2
    ON CONFLICT ("groupKey", "outlet") DO UPDATE SET "openCount" = o."openCount" + excluded."openCount";
  RETURN NULL;
END;
$$;

CREATE FUNCTION suggestion_groups_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM suggestion_groups_refresh(ARRAY(
    SELECT DISTINCT v.key FROM (
      SELECT o."groupKey" AS old_key, n."groupKey" AS new_key
        FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.state, o.score, o."createdAt", o."groupKey", o."articleId")
             IS DISTINCT FROM (n.state, n.score, n."createdAt", n."groupKey", n."articleId")
    ) changed, LATERAL (VALUES (changed.old_key), (changed.new_key)) AS v(key)
    ORDER BY v.key
  ));
  RETURN NULL;
END;
$$;

CREATE FUNCTION suggestion_groups_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM suggestion_groups_refresh(ARRAY(SELECT DISTINCT o."groupKey" FROM old_rows o WHERE o.state = 'OPEN' ORDER BY 1));
  RETURN NULL;
END;
$$;

-- An article moved to another source (a merge, a source deleted): its groups' outlets change.
CREATE FUNCTION suggestion_groups_after_article_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM suggestion_groups_refresh(ARRAY(
    SELECT DISTINCT s."groupKey"
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      JOIN "Suggestion" s ON s."articleId" = n.id AND s.state = 'OPEN'
     WHERE o."publisherId" IS DISTINCT FROM n."publisherId"
     ORDER BY 1
  ));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Suggestion_groups_insert" AFTER INSERT ON "Suggestion"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION suggestion_groups_after_insert();
CREATE TRIGGER "Suggestion_groups_update" AFTER UPDATE ON "Suggestion"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION suggestion_groups_after_update();
CREATE TRIGGER "Suggestion_groups_delete" AFTER DELETE ON "Suggestion"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION suggestion_groups_after_delete();
CREATE TRIGGER "Article_suggestion_groups_update" AFTER UPDATE ON "Article"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION suggestion_groups_after_article_update();

-- The suggestions already stored.
INSERT INTO "SuggestionGroup" ("groupKey", "openCount", "maxScore", "maxCreatedAt", "minCreatedAt")
  SELECT "groupKey", count(*)::int, max(score), max("createdAt"), min("createdAt")
    FROM "Suggestion" WHERE state = 'OPEN' GROUP BY "groupKey";
INSERT INTO "SuggestionGroupOutlet" ("groupKey", "outlet", "openCount")
  SELECT s."groupKey", coalesce(a."publisherId", a.id), count(*)::int
    FROM "Suggestion" s JOIN "Article" a ON a.id = s."articleId"
   WHERE s.state = 'OPEN' GROUP BY 1, 2;
