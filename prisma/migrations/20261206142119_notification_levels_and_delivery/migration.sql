-- CreateEnum
CREATE TYPE "NotificationLevel" AS ENUM ('ALL', 'NORMAL', 'QUIET');

-- CreateEnum
CREATE TYPE "MailDelivery" AS ENUM ('DIRECT', 'DAILY', 'WEEKLY', 'NONE');

-- AlterEnum
ALTER TYPE "MailStatus" ADD VALUE 'DROPPED';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'LESSON_WAITING';

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "template" TEXT,
ADD COLUMN     "templateData" JSONB;

-- AlterTable
ALTER TABLE "Participation" ADD COLUMN     "notificationLevel" "NotificationLevel" NOT NULL DEFAULT 'NORMAL';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mailDelivery" "MailDelivery" NOT NULL DEFAULT 'DAILY',
ADD COLUMN     "mailKey" UUID NOT NULL DEFAULT gen_random_uuid();
