-- The public page of a verdict shows the evidence as it was published, not the claim's live
-- evidence (docs/decisions/008-verdict-review-workflow.md, "Evidence as published"). Each
-- published version keeps its snapshot; the Verdict row holds the current one, as it holds the
-- current rating, conclusion and rationale.

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "publishedEvidence" JSONB;

-- AlterTable
ALTER TABLE "VerdictRevision" ADD COLUMN     "evidence" JSONB;

-- CreateIndex
CREATE INDEX "Verdict_publishedEvidence_idx" ON "Verdict" USING GIN ("publishedEvidence" jsonb_path_ops);

-- Written by hand from here on.

-- A claim's evidence in its display order as one JSON array: the snapshot a publication keeps.
-- Its shape is read back (and checked) by lib/verdicts/published-evidence.ts. `as_of` leaves out
-- evidence added later (the demo data reconstructs its history with it); the app passes none.
CREATE FUNCTION evidence_snapshot(claim_id TEXT, as_of TIMESTAMP(3) DEFAULT NULL) RETURNS JSONB AS $$
  SELECT coalesce(
           jsonb_agg(
             jsonb_build_object(
               'id', e.id, 'url', e.url, 'archiveUrl', e."archiveUrl", 'title', e.title,
               'excerpt', e.excerpt, 'stance', e.stance, 'sourceId', e."sourceId")
             ORDER BY e.position, e."createdAt", e.id),
           '[]'::jsonb)
    FROM "Evidence" e
   WHERE e."claimId" = claim_id AND (as_of IS NULL OR e."createdAt" <= as_of)
$$ LANGUAGE sql STABLE;

-- Merging a duplicate source (lib/sources/mutations.ts) moves its citations in the snapshots too,
-- as it moves them in the live evidence: the survivor's name and reliability then show for them.
CREATE FUNCTION evidence_snapshot_repointed(items JSONB, from_source TEXT, to_source TEXT) RETURNS JSONB AS $$
  SELECT jsonb_agg(
           CASE WHEN item->>'sourceId' = from_source THEN jsonb_set(item, '{sourceId}', to_jsonb(to_source)) ELSE item END
           ORDER BY place)
    FROM jsonb_array_elements(items) WITH ORDINALITY AS elements(item, place)
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION repoint_published_evidence(from_source TEXT, to_source TEXT) RETURNS VOID AS $$
  UPDATE "Verdict" SET "publishedEvidence" = evidence_snapshot_repointed("publishedEvidence", from_source, to_source)
   WHERE "publishedEvidence" @> jsonb_build_array(jsonb_build_object('sourceId', from_source));
  UPDATE "VerdictRevision" SET "evidence" = evidence_snapshot_repointed("evidence", from_source, to_source)
   WHERE "evidence" @> jsonb_build_array(jsonb_build_object('sourceId', from_source));
$$ LANGUAGE sql;

-- Existing public verdicts showed their claim's live evidence: that is what was public when this
-- migration ran, so it becomes the snapshot of the verdict and of its latest published version.
-- Earlier versions stay without one (their evidence then was not recorded).
UPDATE "Verdict" SET "publishedEvidence" = evidence_snapshot("claimId") WHERE status IN ('PUBLISHED', 'RETRACTED');

UPDATE "VerdictRevision" r
   SET "evidence" = v."publishedEvidence"
  FROM "Verdict" v
 WHERE v.id = r."verdictId" AND v."publishedEvidence" IS NOT NULL AND r.status = 'PUBLISHED'
   AND r.number = (SELECT max(number) FROM "VerdictRevision" WHERE "verdictId" = v.id AND status = 'PUBLISHED');
