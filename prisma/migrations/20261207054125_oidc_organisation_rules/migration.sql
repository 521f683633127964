-- AlterTable
ALTER TABLE "OidcLinkRequest" ADD COLUMN     "organisationIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateTable
CREATE TABLE "OidcOrganisationRule" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "claim" TEXT,
    "value" TEXT NOT NULL,
    "organisationId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OidcOrganisationRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OidcOrganisationRule_providerId_idx" ON "OidcOrganisationRule"("providerId");

-- CreateIndex
CREATE INDEX "OidcOrganisationRule_organisationId_idx" ON "OidcOrganisationRule"("organisationId");

-- AddForeignKey
ALTER TABLE "OidcOrganisationRule" ADD CONSTRAINT "OidcOrganisationRule_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "OidcProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OidcOrganisationRule" ADD CONSTRAINT "OidcOrganisationRule_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
