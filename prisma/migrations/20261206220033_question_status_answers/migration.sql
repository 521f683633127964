-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('OPEN', 'IN_PRACTICE', 'ANSWERED', 'PARKED');

-- CreateEnum
CREATE TYPE "QuestionChangeKind" AS ENUM ('STATUS', 'VISIBILITY');

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "status" "QuestionStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "visibility" "Visibility" NOT NULL DEFAULT 'ARENA';

-- CreateTable
CREATE TABLE "QuestionLesson" (
    "questionId" UUID NOT NULL,
    "lessonId" UUID NOT NULL,
    "linkedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionLesson_pkey" PRIMARY KEY ("questionId","lessonId")
);

-- CreateTable
CREATE TABLE "QuestionInsight" (
    "questionId" UUID NOT NULL,
    "insightId" UUID NOT NULL,
    "linkedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionInsight_pkey" PRIMARY KEY ("questionId","insightId")
);

-- CreateTable
CREATE TABLE "QuestionChange" (
    "id" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "actorId" UUID,
    "kind" "QuestionChangeKind" NOT NULL,
    "fromValue" TEXT NOT NULL,
    "toValue" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuestionLesson_lessonId_idx" ON "QuestionLesson"("lessonId");

-- CreateIndex
CREATE INDEX "QuestionInsight_insightId_idx" ON "QuestionInsight"("insightId");

-- CreateIndex
CREATE INDEX "QuestionChange_questionId_createdAt_idx" ON "QuestionChange"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "Question_atelierId_visibility_createdAt_id_idx" ON "Question"("atelierId", "visibility", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "QuestionLesson" ADD CONSTRAINT "QuestionLesson_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionLesson" ADD CONSTRAINT "QuestionLesson_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionLesson" ADD CONSTRAINT "QuestionLesson_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionInsight" ADD CONSTRAINT "QuestionInsight_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionInsight" ADD CONSTRAINT "QuestionInsight_insightId_fkey" FOREIGN KEY ("insightId") REFERENCES "Insight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionInsight" ADD CONSTRAINT "QuestionInsight_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionChange" ADD CONSTRAINT "QuestionChange_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionChange" ADD CONSTRAINT "QuestionChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
