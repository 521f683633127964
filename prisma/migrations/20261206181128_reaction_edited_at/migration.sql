-- AlterTable
ALTER TABLE "Reaction" ADD COLUMN     "editedAt" TIMESTAMP(3);
