-- The claim an audit event belongs to, for the claim desk's activity (the claim's own events and
-- those of its evidence, notes, appearances, verdict and verdict revisions).

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "claimId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_claimId_createdAt_idx" ON "AuditEvent"("claimId", "createdAt");

-- Written by hand: writers may leave claimId empty; it is then taken from the entity the event is
-- about. Deletions must name it themselves (the entity is already gone when the event is written).
CREATE FUNCTION audit_event_claim_of(entity_type TEXT, entity_id TEXT) RETURNS TEXT AS $$
  SELECT CASE entity_type
    WHEN 'Claim' THEN entity_id
    WHEN 'Evidence' THEN (SELECT "claimId" FROM "Evidence" WHERE id = entity_id)
    WHEN 'ClaimNote' THEN (SELECT "claimId" FROM "ClaimNote" WHERE id = entity_id)
    WHEN 'Appearance' THEN (SELECT "claimId" FROM "Appearance" WHERE id = entity_id)
    WHEN 'Verdict' THEN (SELECT "claimId" FROM "Verdict" WHERE id = entity_id)
    WHEN 'VerdictRevision' THEN (
      SELECT v."claimId" FROM "VerdictRevision" r JOIN "Verdict" v ON v.id = r."verdictId" WHERE r.id = entity_id
    )
  END
$$ LANGUAGE sql STABLE;

CREATE FUNCTION audit_event_claim() RETURNS trigger AS $$
BEGIN
  IF NEW."claimId" IS NULL THEN
    NEW."claimId" := audit_event_claim_of(NEW."entityType", NEW."entityId");
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_claim
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_claim();

-- One-time backfill of the new derived column: the append-only guard is lifted for this statement
-- only (no recorded value changes).
ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_or_delete;
UPDATE "AuditEvent" SET "claimId" = audit_event_claim_of("entityType", "entityId") WHERE "claimId" IS NULL;
ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_or_delete;
