-- Several verdicts per claim (issue 16 item 2, decision 025): a retraction reopens the claim for a
-- new verdict. The retracted one stays public and links to its successor ("previousId" on the
-- successor). At most one verdict per claim is not RETRACTED: the partial unique index below,
-- which Prisma's schema cannot state (schema.prisma has the plain index and says so).
DROP INDEX "Verdict_claimId_key";

ALTER TABLE "Verdict" ADD COLUMN "previousId" TEXT;

CREATE INDEX "Verdict_claimId_idx" ON "Verdict"("claimId");

CREATE UNIQUE INDEX "Verdict_claimId_current_key" ON "Verdict"("claimId") WHERE "status" <> 'RETRACTED';

CREATE UNIQUE INDEX "Verdict_previousId_key" ON "Verdict"("previousId");

ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Claims whose verdict was retracted before this change were left PUBLISHED with no way to a new
-- verdict: they are back in review.
UPDATE "Claim" c SET "status" = 'IN_REVIEW', "version" = c."version" + 1
 WHERE c."status" = 'PUBLISHED'
   AND EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v."status" = 'RETRACTED');
