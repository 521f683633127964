-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DRAFT_DELETION_PROPOSED';

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "deletionProposedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "draftRetentionMonths" INTEGER NOT NULL DEFAULT 12;
