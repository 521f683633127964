-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'MENTIONED';

-- AlterTable
ALTER TABLE "Reaction" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "parentId" UUID,
ADD COLUMN     "productId" UUID,
ADD COLUMN     "questionId" UUID;

-- CreateTable
CREATE TABLE "ReactionRevision" (
    "id" UUID NOT NULL,
    "reactionId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "writtenAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReactionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReactionMention" (
    "reactionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "notifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReactionMention_pkey" PRIMARY KEY ("reactionId","userId")
);

-- CreateIndex
CREATE INDEX "ReactionRevision_reactionId_createdAt_id_idx" ON "ReactionRevision"("reactionId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ReactionMention_userId_idx" ON "ReactionMention"("userId");

-- CreateIndex
CREATE INDEX "Reaction_questionId_createdAt_id_idx" ON "Reaction"("questionId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Reaction_productId_createdAt_id_idx" ON "Reaction"("productId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Reaction_parentId_createdAt_id_idx" ON "Reaction"("parentId", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Reaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReactionRevision" ADD CONSTRAINT "ReactionRevision_reactionId_fkey" FOREIGN KEY ("reactionId") REFERENCES "Reaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReactionMention" ADD CONSTRAINT "ReactionMention_reactionId_fkey" FOREIGN KEY ("reactionId") REFERENCES "Reaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReactionMention" ADD CONSTRAINT "ReactionMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
