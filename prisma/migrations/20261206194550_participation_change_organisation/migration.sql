-- AlterTable
ALTER TABLE "ParticipationChange" ADD COLUMN     "organisationId" UUID;

-- AddForeignKey
ALTER TABLE "ParticipationChange" ADD CONSTRAINT "ParticipationChange_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
