-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('REQUESTED', 'CONFIRMED', 'DECLINED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'MEMBERSHIP_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'MEMBERSHIP_DECIDED';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" UUID,
ADD COLUMN     "isContact" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "status" "MembershipStatus" NOT NULL DEFAULT 'CONFIRMED';

-- Memberships from before confirmation existed count as confirmed (a beheerder sees them all in the list and
-- can decline one); new ones are requests.
ALTER TABLE "Membership" ALTER COLUMN "status" SET DEFAULT 'REQUESTED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "membershipId" UUID;

-- CreateIndex
CREATE INDEX "Membership_status_organisationId_createdAt_id_idx" ON "Membership"("status", "organisationId", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
