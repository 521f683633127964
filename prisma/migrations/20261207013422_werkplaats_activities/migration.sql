-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "attendeeCount" INTEGER,
ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "outcomeRecordedAt" TIMESTAMP(3),
ADD COLUMN     "outcomeRecordedById" UUID,
ADD COLUMN     "workshopId" UUID,
ALTER COLUMN "atelierId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "attended" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ActivityLesson" (
    "activityId" UUID NOT NULL,
    "lessonId" UUID NOT NULL,
    "fromRoom" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityLesson_pkey" PRIMARY KEY ("activityId","lessonId")
);

-- CreateTable
CREATE TABLE "ActivityInsight" (
    "activityId" UUID NOT NULL,
    "insightId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityInsight_pkey" PRIMARY KEY ("activityId","insightId")
);

-- CreateTable
CREATE TABLE "ActivityProduct" (
    "activityId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityProduct_pkey" PRIMARY KEY ("activityId","productId")
);

-- CreateIndex
CREATE INDEX "ActivityLesson_lessonId_idx" ON "ActivityLesson"("lessonId");

-- CreateIndex
CREATE INDEX "ActivityInsight_insightId_idx" ON "ActivityInsight"("insightId");

-- CreateIndex
CREATE INDEX "ActivityProduct_productId_idx" ON "ActivityProduct"("productId");

-- CreateIndex
CREATE INDEX "Activity_workshopId_startsAt_id_idx" ON "Activity"("workshopId", "startsAt", "id");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_outcomeRecordedById_fkey" FOREIGN KEY ("outcomeRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityLesson" ADD CONSTRAINT "ActivityLesson_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityLesson" ADD CONSTRAINT "ActivityLesson_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityInsight" ADD CONSTRAINT "ActivityInsight_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityInsight" ADD CONSTRAINT "ActivityInsight_insightId_fkey" FOREIGN KEY ("insightId") REFERENCES "Insight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityProduct" ADD CONSTRAINT "ActivityProduct_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityProduct" ADD CONSTRAINT "ActivityProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An activity belongs to one atelier or to the werkplaats as a whole, never both, never neither.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_atelier_or_workshop" CHECK (num_nonnulls("atelierId", "workshopId") = 1);

-- Only a werkplaats-wide activity is public: an atelier's stays tribune content.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_public_only_workshop_wide" CHECK (NOT "isPublic" OR "workshopId" IS NOT NULL);

-- A count of people, never negative.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_attendeeCount_nonnegative" CHECK ("attendeeCount" IS NULL OR "attendeeCount" >= 0);
