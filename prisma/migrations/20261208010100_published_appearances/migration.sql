-- The appearances a verdict was published with (issue 16 item 3, decision 025), like its evidence
-- (20261127090000_published_evidence): publishing a verdict, a correction or an update copies the
-- claim's appearances (repeats left out) into the revision and into the verdict; public pages
-- show that copy, so the desk can edit appearances of a public verdict for its next revision.
ALTER TABLE "Verdict" ADD COLUMN "publishedAppearances" JSONB;
ALTER TABLE "VerdictRevision" ADD COLUMN "appearances" JSONB;

-- Verdicts with a public page showed the live appearances until now: that is what they published
-- (lib/verdicts/published-appearances.ts reads this shape).
UPDATE "Verdict" v SET "publishedAppearances" = (
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'id', a.id, 'exact', a.exact, 'prefix', a.prefix, 'suffix', a.suffix, 'start', a.start,
           'anchorStatus', a."anchorStatus"::text,
           'article', jsonb_build_object(
             'title', ar.title, 'url', ar.url,
             'publishedAt', to_char(ar."publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'publisher', CASE WHEN s.id IS NULL THEN NULL ELSE jsonb_build_object('name', s.name, 'domain', s.domain) END))
           ORDER BY a."anchorStatus", a."createdAt", a.id), '[]'::jsonb)
    FROM "Appearance" a
    JOIN "Article" ar ON ar.id = a."articleId"
    LEFT JOIN "Source" s ON s.id = ar."publisherId"
   WHERE a."claimId" = v."claimId" AND a."repeatedAt" IS NULL)
 WHERE v.status IN ('PUBLISHED', 'RETRACTED');
