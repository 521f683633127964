-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "userId" UUID,
ADD COLUMN     "workshopId" UUID;

-- CreateIndex
CREATE INDEX "MailMessage_status_workshopId_createdAt_id_idx" ON "MailMessage"("status", "workshopId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "MailMessage_userId_idx" ON "MailMessage"("userId");

-- AddForeignKey
ALTER TABLE "MailMessage" ADD CONSTRAINT "MailMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
