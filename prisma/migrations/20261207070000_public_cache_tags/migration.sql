-- CreateTable
CREATE TABLE "PublicCacheTag" (
    "tag" TEXT NOT NULL,
    "version" BIGSERIAL NOT NULL,
    "lsn" BIGINT,

    CONSTRAINT "PublicCacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "PublicCacheTag_version_idx" ON "PublicCacheTag"("version");
