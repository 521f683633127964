-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ProductKind" ADD VALUE 'PUBLICATION';
ALTER TYPE "ProductKind" ADD VALUE 'KNOWLEDGE_CLIP';

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "privacyAccepted" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "registeredById" UUID,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "visibility" "Visibility" NOT NULL DEFAULT 'ARENA';

-- CreateTable
CREATE TABLE "ProductAuthor" (
    "productId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ProductAuthor_pkey" PRIMARY KEY ("productId","userId")
);

-- CreateTable
CREATE TABLE "ProductOrganisation" (
    "productId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "ProductOrganisation_pkey" PRIMARY KEY ("productId","organisationId")
);

-- CreateTable
CREATE TABLE "ProductLesson" (
    "productId" UUID NOT NULL,
    "lessonId" UUID NOT NULL,

    CONSTRAINT "ProductLesson_pkey" PRIMARY KEY ("productId","lessonId")
);

-- CreateTable
CREATE TABLE "ProductInsight" (
    "productId" UUID NOT NULL,
    "insightId" UUID NOT NULL,

    CONSTRAINT "ProductInsight_pkey" PRIMARY KEY ("productId","insightId")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductAuthor_userId_idx" ON "ProductAuthor"("userId");

-- CreateIndex
CREATE INDEX "ProductOrganisation_organisationId_idx" ON "ProductOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "ProductLesson_lessonId_idx" ON "ProductLesson"("lessonId");

-- CreateIndex
CREATE INDEX "ProductInsight_insightId_idx" ON "ProductInsight"("insightId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_productId_key" ON "StoredFile"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_uploadedById_idx" ON "StoredFile"("uploadedById");

-- CreateIndex
CREATE INDEX "Product_atelierId_visibility_createdAt_id_idx" ON "Product"("atelierId", "visibility", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Product_registeredById_idx" ON "Product"("registeredById");

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductAuthor" ADD CONSTRAINT "ProductAuthor_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductAuthor" ADD CONSTRAINT "ProductAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductOrganisation" ADD CONSTRAINT "ProductOrganisation_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductOrganisation" ADD CONSTRAINT "ProductOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductLesson" ADD CONSTRAINT "ProductLesson_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductLesson" ADD CONSTRAINT "ProductLesson_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductInsight" ADD CONSTRAINT "ProductInsight_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductInsight" ADD CONSTRAINT "ProductInsight_insightId_fkey" FOREIGN KEY ("insightId") REFERENCES "Insight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Outputs from before the ladder: a published one (publishedAt set) was read by everyone, so it stays PUBLIC; the
-- others were read by the atelier's arena, their new default rung.
UPDATE "Product" SET "visibility" = 'PUBLIC' WHERE "publishedAt" IS NOT NULL;
