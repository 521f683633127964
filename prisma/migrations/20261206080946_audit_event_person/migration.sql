-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "personId" UUID;

-- CreateIndex
CREATE INDEX "AuditEvent_personId_idx" ON "AuditEvent"("personId");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The events written before: the person each is about, from what it targets.
UPDATE "AuditEvent" a SET "personId" = u.id FROM "User" u
  WHERE a."targetType" = 'User' AND u.id = a."targetId";
UPDATE "AuditEvent" a SET "personId" = m."userId" FROM "Membership" m
  WHERE a."targetType" = 'Membership' AND m.id = a."targetId";
UPDATE "AuditEvent" a SET "personId" = p."userId" FROM "Participation" p
  WHERE a."targetType" = 'Participation' AND p.id = a."targetId";
UPDATE "AuditEvent" a SET "personId" = r."userId" FROM "JoinRequest" r
  WHERE a."targetType" = 'JoinRequest' AND r.id = a."targetId";
