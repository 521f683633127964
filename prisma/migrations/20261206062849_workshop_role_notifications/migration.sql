-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'WORKSHOP_ROLE_GRANTED';
ALTER TYPE "NotificationKind" ADD VALUE 'WORKSHOP_ROLE_WITHDRAWN';

-- AlterTable
-- (Notification."actorId" came with 20261206055953_join_modes_and_consent.)
ALTER TABLE "Notification" ADD COLUMN     "personId" UUID,
ADD COLUMN     "role" "WorkshopRoleKind";

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_personId_fkey" FOREIGN KEY ("personId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
