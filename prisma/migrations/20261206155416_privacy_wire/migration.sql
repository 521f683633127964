-- CreateEnum
CREATE TYPE "CitizenConsent" AS ENUM ('VERBAL', 'WRITTEN', 'NOT_NEEDED_PSEUDONYMISED', 'NOT_GIVEN');

-- AlterTable
ALTER TABLE "Insight" ADD COLUMN     "privacyAccepted" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "citizenConsent" "CitizenConsent",
ADD COLUMN     "citizenConsentAt" TIMESTAMP(3),
ADD COLUMN     "citizenConsentById" UUID,
ADD COLUMN     "privacyAccepted" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Reaction" ADD COLUMN     "privacyAccepted" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "privacyWords" TEXT[] DEFAULT ARRAY[]::TEXT[];
