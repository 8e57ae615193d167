-- Whether a claimant is a person or an organisation, so that ClaimReview names the right
-- schema.org type for the claim's author. Existing claimants default to PERSON.

-- CreateEnum
CREATE TYPE "ClaimantKind" AS ENUM ('PERSON', 'ORGANIZATION');

-- AlterTable
ALTER TABLE "Claimant" ADD COLUMN     "kind" "ClaimantKind" NOT NULL DEFAULT 'PERSON';
