-- Sessions as rows that every staff request reads (issue 16, item 13): when each browser signed
-- in and which it was, for the profile page's list of one's sessions.
ALTER TABLE "Session" ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "userAgent" TEXT;
