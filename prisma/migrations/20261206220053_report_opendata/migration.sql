-- CreateEnum
CREATE TYPE "OpenDataLicence" AS ENUM ('CC_BY_4_0', 'CC_BY_SA_4_0', 'CC0_1_0');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nameInReports" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "openDataLicence" "OpenDataLicence" NOT NULL DEFAULT 'CC_BY_4_0';
