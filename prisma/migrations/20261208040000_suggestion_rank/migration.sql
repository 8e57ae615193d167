-- A suggestion's place in the suggester's order when its article's text was saved (0 = best): the
-- reader lists open suggestions in this order and numbers them rank + 1, so accepting or rejecting
-- one never renumbers the others (issue 15 item 4). Existing rows take their order by score.
ALTER TABLE "Suggestion" ADD COLUMN "rank" INTEGER NOT NULL DEFAULT 0;

UPDATE "Suggestion" AS s
SET "rank" = ranked.n
FROM (
  SELECT id, (row_number() OVER (PARTITION BY "articleId" ORDER BY score DESC, start ASC) - 1)::INTEGER AS n
  FROM "Suggestion"
) AS ranked
WHERE s.id = ranked.id;
