-- CreateEnum
CREATE TYPE "EmailInvitationStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED');

-- CreateTable
CREATE TABLE "EmailInvitation" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "atelierId" UUID,
    "role" "ParticipationRole",
    "target" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "message" TEXT,
    "createdById" UUID NOT NULL,
    "joinRequestId" UUID,
    "status" "EmailInvitationStatus" NOT NULL DEFAULT 'OPEN',
    "isOpen" BOOLEAN DEFAULT true,
    "acceptedById" UUID,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailInvitation_tokenHash_key" ON "EmailInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "EmailInvitation_joinRequestId_key" ON "EmailInvitation"("joinRequestId");

-- CreateIndex
CREATE INDEX "EmailInvitation_atelierId_createdAt_id_idx" ON "EmailInvitation"("atelierId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "EmailInvitation_workshopId_atelierId_createdAt_id_idx" ON "EmailInvitation"("workshopId", "atelierId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "EmailInvitation_createdById_idx" ON "EmailInvitation"("createdById");

-- CreateIndex
CREATE INDEX "EmailInvitation_acceptedById_idx" ON "EmailInvitation"("acceptedById");

-- CreateIndex
CREATE INDEX "EmailInvitation_email_idx" ON "EmailInvitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "EmailInvitation_target_email_isOpen_key" ON "EmailInvitation"("target", "email", "isOpen");

-- AddForeignKey
ALTER TABLE "EmailInvitation" ADD CONSTRAINT "EmailInvitation_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailInvitation" ADD CONSTRAINT "EmailInvitation_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailInvitation" ADD CONSTRAINT "EmailInvitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailInvitation" ADD CONSTRAINT "EmailInvitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailInvitation" ADD CONSTRAINT "EmailInvitation_joinRequestId_fkey" FOREIGN KEY ("joinRequestId") REFERENCES "JoinRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
