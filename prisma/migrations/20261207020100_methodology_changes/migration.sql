-- CreateTable
CREATE TABLE "MethodologyChange" (
    "id" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MethodologyChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MethodologyChange_changedAt_idx" ON "MethodologyChange"("changedAt");

-- AddForeignKey
ALTER TABLE "MethodologyChange" ADD CONSTRAINT "MethodologyChange_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
