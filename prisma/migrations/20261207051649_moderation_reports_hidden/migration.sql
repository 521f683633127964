-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('PERSONAL_DATA', 'OFFENSIVE', 'SPAM', 'MISLEADING', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'HIDDEN', 'DISMISSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'CONTENT_HIDDEN';
ALTER TYPE "NotificationKind" ADD VALUE 'CONTENT_RESTORED';

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenById" UUID,
ADD COLUMN     "hiddenReason" TEXT;

-- AlterTable
ALTER TABLE "Reaction" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenById" UUID,
ADD COLUMN     "hiddenReason" TEXT;

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "codeOfConduct" TEXT;

-- CreateTable
CREATE TABLE "ContentReport" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "lessonId" UUID,
    "reactionId" UUID,
    "reason" "ReportReason" NOT NULL,
    "note" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedById" UUID,

    CONSTRAINT "ContentReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentReport_workshopId_status_createdAt_idx" ON "ContentReport"("workshopId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ContentReport_atelierId_status_idx" ON "ContentReport"("atelierId", "status");

-- CreateIndex
CREATE INDEX "ContentReport_lessonId_status_idx" ON "ContentReport"("lessonId", "status");

-- CreateIndex
CREATE INDEX "ContentReport_reactionId_status_idx" ON "ContentReport"("reactionId", "status");

-- CreateIndex
CREATE INDEX "ContentReport_reporterId_idx" ON "ContentReport"("reporterId");

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_reactionId_fkey" FOREIGN KEY ("reactionId") REFERENCES "Reaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
