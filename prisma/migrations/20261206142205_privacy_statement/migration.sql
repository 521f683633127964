-- CreateTable
CREATE TABLE "PrivacyStatement" (
    "workshopId" UUID NOT NULL,
    "controller" TEXT,
    "purposes" TEXT,
    "legalGrounds" TEXT,
    "retention" TEXT,
    "rights" TEXT,
    "dpoContact" TEXT,
    "contactEmail" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrivacyStatement_pkey" PRIMARY KEY ("workshopId")
);

-- AddForeignKey
ALTER TABLE "PrivacyStatement" ADD CONSTRAINT "PrivacyStatement_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
