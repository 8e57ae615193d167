-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "editorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "VerdictRevision" ADD COLUMN     "editorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

