-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('PROPOSAL', 'POLL');

-- CreateEnum
CREATE TYPE "PollMethod" AS ENUM ('SINGLE', 'RANKED');

-- CreateEnum
CREATE TYPE "StanceChoice" AS ENUM ('AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'PROPOSAL_OPENED';
ALTER TYPE "NotificationKind" ADD VALUE 'PROPOSAL_OUTCOME';
ALTER TYPE "NotificationKind" ADD VALUE 'PROPOSAL_REVIEW_DUE';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "proposalId" UUID;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "proposalId" UUID;

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "pollMethod" "PollMethod",
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "outcomeAt" TIMESTAMP(3),
    "reviewOn" TIMESTAMP(3),
    "reviewNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalOption" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "ProposalOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stance" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "choice" "StanceChoice",
    "reason" TEXT NOT NULL DEFAULT '',
    "optionIds" UUID[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Stance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Proposal_atelierId_createdAt_id_idx" ON "Proposal"("atelierId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Proposal_authorId_idx" ON "Proposal"("authorId");

-- CreateIndex
CREATE INDEX "Proposal_reviewOn_idx" ON "Proposal"("reviewOn");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalOption_proposalId_position_key" ON "ProposalOption"("proposalId", "position");

-- CreateIndex
CREATE INDEX "Stance_userId_idx" ON "Stance"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Stance_proposalId_userId_key" ON "Stance"("proposalId", "userId");

-- CreateIndex
CREATE INDEX "Activity_proposalId_idx" ON "Activity"("proposalId");

-- CreateIndex
CREATE INDEX "Notification_proposalId_idx" ON "Notification"("proposalId");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalOption" ADD CONSTRAINT "ProposalOption_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
