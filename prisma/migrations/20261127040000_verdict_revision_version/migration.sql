-- Pending corrections and updates (VerdictRevision in DRAFT) are edited like drafts: saves name the version they were based on.
-- AlterTable
ALTER TABLE "VerdictRevision" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

