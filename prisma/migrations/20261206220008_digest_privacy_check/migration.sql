-- AlterTable
ALTER TABLE "Digest" ADD COLUMN     "privacyAccepted" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
