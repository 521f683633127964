-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "oidcIdTokenEnc" TEXT,
ADD COLUMN     "oidcProviderKey" TEXT;
