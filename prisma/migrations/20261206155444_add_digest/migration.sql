-- CreateEnum
CREATE TYPE "DigestStatus" AS ENUM ('DRAFT', 'SENT');

-- AlterTable
ALTER TABLE "Participation" ADD COLUMN     "digestMail" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Digest" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "status" "DigestStatus" NOT NULL DEFAULT 'DRAFT',
    "draftOfId" UUID,
    "introduction" TEXT NOT NULL DEFAULT '',
    "periodFrom" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Digest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestItem" (
    "id" UUID NOT NULL,
    "digestId" UUID NOT NULL,
    "lessonId" UUID,
    "insightId" UUID,
    "condition" "Condition",
    "position" INTEGER NOT NULL,

    CONSTRAINT "DigestItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Digest_draftOfId_key" ON "Digest"("draftOfId");

-- CreateIndex
CREATE INDEX "Digest_atelierId_status_sentAt_id_idx" ON "Digest"("atelierId", "status", "sentAt", "id");

-- CreateIndex
CREATE INDEX "Digest_authorId_idx" ON "Digest"("authorId");

-- CreateIndex
CREATE INDEX "DigestItem_digestId_position_idx" ON "DigestItem"("digestId", "position");

-- CreateIndex
CREATE INDEX "DigestItem_lessonId_idx" ON "DigestItem"("lessonId");

-- CreateIndex
CREATE INDEX "DigestItem_insightId_idx" ON "DigestItem"("insightId");

-- CreateIndex
CREATE UNIQUE INDEX "DigestItem_digestId_lessonId_key" ON "DigestItem"("digestId", "lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "DigestItem_digestId_insightId_key" ON "DigestItem"("digestId", "insightId");

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "Digest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_insightId_fkey" FOREIGN KEY ("insightId") REFERENCES "Insight"("id") ON DELETE CASCADE ON UPDATE CASCADE;
