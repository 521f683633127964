-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('PROPOSED', 'LISTED', 'DECLINED');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "status" "OrganisationStatus" NOT NULL DEFAULT 'LISTED';

-- CreateIndex
CREATE INDEX "Organisation_status_name_id_idx" ON "Organisation"("status", "name", "id");
