-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CONTENT_REPORTED';
