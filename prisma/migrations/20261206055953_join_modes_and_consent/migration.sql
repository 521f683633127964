-- CreateEnum
CREATE TYPE "AtelierJoinMode" AS ENUM ('OPEN', 'ON_REQUEST', 'BY_INVITATION');

-- CreateEnum
CREATE TYPE "JoinRequestKind" AS ENUM ('REQUEST', 'INVITATION');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'JOIN_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'JOIN_REQUEST_DECIDED';
ALTER TYPE "NotificationKind" ADD VALUE 'INVITED';
ALTER TYPE "NotificationKind" ADD VALUE 'INVITATION_DECIDED';
ALTER TYPE "NotificationKind" ADD VALUE 'PARTICIPANT_REMOVED';
ALTER TYPE "NotificationKind" ADD VALUE 'LESSON_MADE_PUBLIC';

-- AlterTable
-- Ateliers from before joining modes existed were open to anyone: they stay open until their trekker says
-- otherwise. New ateliers start on request.
ALTER TABLE "Atelier" ADD COLUMN     "joinMode" "AtelierJoinMode" NOT NULL DEFAULT 'OPEN';
ALTER TABLE "Atelier" ALTER COLUMN "joinMode" SET DEFAULT 'ON_REQUEST';

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "publicConsent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "actorId" UUID,
ADD COLUMN     "atelierId" UUID,
ADD COLUMN     "joinRequestId" UUID,
ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "ParticipationChange" ADD COLUMN     "note" TEXT;

-- CreateTable
CREATE TABLE "JoinRequest" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "ParticipationRole" NOT NULL,
    "organisationId" UUID,
    "kind" "JoinRequestKind" NOT NULL,
    "message" TEXT,
    "createdById" UUID NOT NULL,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "isOpen" BOOLEAN DEFAULT true,
    "decidedById" UUID,
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JoinRequest_atelierId_status_createdAt_id_idx" ON "JoinRequest"("atelierId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "JoinRequest_userId_status_idx" ON "JoinRequest"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "JoinRequest_atelierId_userId_isOpen_key" ON "JoinRequest"("atelierId", "userId", "isOpen");

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_joinRequestId_fkey" FOREIGN KEY ("joinRequestId") REFERENCES "JoinRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
