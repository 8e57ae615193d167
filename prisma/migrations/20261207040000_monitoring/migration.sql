-- CreateEnum
CREATE TYPE "FeedFormat" AS ENUM ('RSS', 'ATOM', 'JSON');

-- CreateEnum
CREATE TYPE "FeedStatus" AS ENUM ('ACTIVE', 'PAUSED');

-- CreateEnum
CREATE TYPE "FeedItemState" AS ENUM ('PENDING', 'INGESTED', 'SKIPPED', 'FAILED');

-- CreateEnum
CREATE TYPE "SuggestionState" AS ENUM ('OPEN', 'ACCEPTED', 'DISMISSED', 'RECORDED_AS_REPEAT');

-- AlterTable
ALTER TABLE "Appearance" ADD COLUMN     "repeatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "feedId" TEXT;

-- CreateTable
CREATE TABLE "Feed" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "siteUrl" TEXT,
    "title" TEXT,
    "format" "FeedFormat",
    "status" "FeedStatus" NOT NULL DEFAULT 'ACTIVE',
    "pollMinutes" INTEGER NOT NULL DEFAULT 15,
    "maxItemsPerPoll" INTEGER NOT NULL DEFAULT 50,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastCheckedAt" TIMESTAMP(3),
    "lastNewItemAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextPollAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "publishedAt" TIMESTAMP(3),
    "state" "FeedItemState" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "articleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "claimant" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "groupKey" TEXT NOT NULL,
    "state" "SuggestionState" NOT NULL DEFAULT 'OPEN',
    "claimId" TEXT,
    "repeatOfClaimId" TEXT,
    "repeatScore" DOUBLE PRECISION,
    "repeatCheckedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE INDEX "Feed_sourceId_idx" ON "Feed"("sourceId");

-- CreateIndex
CREATE INDEX "Feed_status_nextPollAt_idx" ON "Feed"("status", "nextPollAt");

-- CreateIndex
CREATE INDEX "FeedItem_url_idx" ON "FeedItem"("url");

-- CreateIndex
CREATE INDEX "FeedItem_articleId_idx" ON "FeedItem"("articleId");

-- CreateIndex
CREATE INDEX "FeedItem_state_createdAt_idx" ON "FeedItem"("state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_feedId_guid_key" ON "FeedItem"("feedId", "guid");

-- CreateIndex
CREATE INDEX "Suggestion_createdAt_score_idx" ON "Suggestion"("createdAt", "score");

-- CreateIndex
CREATE INDEX "Suggestion_groupKey_idx" ON "Suggestion"("groupKey");

-- CreateIndex
CREATE INDEX "Suggestion_repeatOfClaimId_idx" ON "Suggestion"("repeatOfClaimId");

-- CreateIndex
CREATE INDEX "Suggestion_state_createdAt_idx" ON "Suggestion"("state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_articleId_start_end_key" ON "Suggestion"("articleId", "start", "end");

-- CreateIndex
CREATE INDEX "Article_feedId_idx" ON "Article"("feedId");

-- CreateIndex
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feed" ADD CONSTRAINT "Feed_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feed" ADD CONSTRAINT "Feed_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_repeatOfClaimId_fkey" FOREIGN KEY ("repeatOfClaimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

