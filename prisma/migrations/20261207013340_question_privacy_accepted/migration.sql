-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "privacyAccepted" JSONB NOT NULL DEFAULT '[]';
