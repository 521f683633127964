-- AlterTable
ALTER TABLE "User" ADD COLUMN     "blockedAt" TIMESTAMP(3),
ADD COLUMN     "startedInWorkshopId" UUID;

-- CreateIndex
CREATE INDEX "User_startedInWorkshopId_idx" ON "User"("startedInWorkshopId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_startedInWorkshopId_fkey" FOREIGN KEY ("startedInWorkshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;
