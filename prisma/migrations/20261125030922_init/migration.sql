-- CreateEnum
CREATE TYPE "Condition" AS ENUM ('SOCIO_ECONOMIC_SECURITY', 'SOCIAL_INCLUSION', 'SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT');

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('INDIVIDUAL', 'HOUSEHOLD', 'SOCIAL_NETWORK', 'GROUP', 'NEIGHBOURHOOD', 'BUSINESS', 'VILLAGE_TOWN', 'ORGANISATION_SYSTEM');

-- CreateEnum
CREATE TYPE "Domain" AS ENUM ('WELFARE', 'CARE', 'HOUSING', 'WORK_AND_INCOME', 'SPORT', 'EDUCATION', 'SAFETY');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('DRAFT', 'PRACTICE', 'ARENA', 'TRIBUNE', 'PUBLIC');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('MUNICIPALITY', 'UNIVERSITY', 'WELFARE', 'CARE', 'CLIENT_ORGANISATION', 'LIVED_EXPERIENCE', 'KNOWLEDGE_INSTITUTE', 'HOUSING', 'WORK_AND_INCOME', 'SPORT', 'CITIZENS_INITIATIVE', 'OTHER');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('RESIDENT', 'VOLUNTEER', 'PROFESSIONAL', 'STUDENT', 'TEACHER', 'RESEARCHER', 'LIVED_EXPERIENCE_EXPERT', 'POLICY_OFFICER', 'ENTREPRENEUR', 'EMPLOYER', 'MANAGER', 'DIRECTOR', 'CIVIL_SERVANT', 'OTHER');

-- CreateEnum
CREATE TYPE "WorkshopRoleKind" AS ENUM ('COMMITTEE', 'ADMIN');

-- CreateEnum
CREATE TYPE "SocialIssueStatus" AS ENUM ('ACTIVE', 'MERGED', 'LAPSED');

-- CreateEnum
CREATE TYPE "SocialIssueChangeKind" AS ENUM ('CREATED', 'TITLE_CHANGED', 'DESCRIPTION_CHANGED', 'STATUS_CHANGED', 'MERGED_INTO', 'MERGED_FROM', 'LAPSED');

-- CreateEnum
CREATE TYPE "AtelierStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('ARENA', 'TRIBUNE');

-- CreateEnum
CREATE TYPE "ParticipationStatus" AS ENUM ('ACTIVE', 'LEFT', 'REMOVED');

-- CreateEnum
CREATE TYPE "ParticipationChangeKind" AS ENUM ('JOINED', 'SWITCHED', 'LEFT', 'REMOVED', 'MOVED');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('MEETING', 'NETWORK_MEETING', 'THEME_DISCUSSION', 'LEARNING_SESSION');

-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('REPORT', 'ADVICE', 'BOOK', 'METHOD', 'WORK_FORM', 'TEACHING_MODULE');

-- CreateEnum
CREATE TYPE "ProductO" AS ENUM ('RESEARCH', 'DEVELOPMENT', 'EDUCATION', 'SUPPORT');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('LESSON_SHARED', 'INSIGHT_SHARED', 'ACTIVITY_PLANNED', 'ACTIVITY_CHANGED', 'REACTION_ADDED', 'ADVICE_GIVEN');

-- CreateTable
CREATE TABLE "Workshop" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "cbsCode" TEXT NOT NULL,
    "region" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "places" TEXT[],

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "municipalityId" UUID,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "partyKind" "PartyKind",
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "function" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopRole" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "role" "WorkshopRoleKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalTheme" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "NationalTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialIssue" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "SocialIssueStatus" NOT NULL DEFAULT 'ACTIVE',
    "mergedIntoId" UUID,
    "lapseReason" TEXT,
    "since" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialIssueChange" (
    "id" UUID NOT NULL,
    "socialIssueId" UUID NOT NULL,
    "actorId" UUID,
    "kind" "SocialIssueChangeKind" NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "relatedId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialIssueChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Atelier" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "socialIssueId" UUID NOT NULL,
    "trekkerId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "AtelierStatus" NOT NULL DEFAULT 'ACTIVE',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Atelier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID,
    "role" "ParticipationRole" NOT NULL,
    "status" "ParticipationStatus" NOT NULL DEFAULT 'ACTIVE',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipationChange" (
    "id" UUID NOT NULL,
    "participationId" UUID NOT NULL,
    "actorId" UUID,
    "kind" "ParticipationChangeKind" NOT NULL,
    "fromRole" "ParticipationRole",
    "toRole" "ParticipationRole",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParticipationChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "neighbourhood" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeParticipant" (
    "id" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "PracticeParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "practiceId" UUID,
    "municipalityId" UUID,
    "authorId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "conditions" "Condition"[],
    "level" "Level" NOT NULL,
    "domain" "Domain" NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "sharedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonVisibilityChange" (
    "id" UUID NOT NULL,
    "lessonId" UUID NOT NULL,
    "actorId" UUID,
    "fromValue" "Visibility" NOT NULL,
    "toValue" "Visibility" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LessonVisibilityChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Insight" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "conditions" "Condition"[],
    "visibility" "Visibility" NOT NULL DEFAULT 'ARENA',
    "version" INTEGER NOT NULL DEFAULT 1,
    "sharedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Insight_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightLesson" (
    "insightId" UUID NOT NULL,
    "lessonId" UUID NOT NULL,

    CONSTRAINT "InsightLesson_pkey" PRIMARY KEY ("insightId","lessonId")
);

-- CreateTable
CREATE TABLE "InsightVisibilityChange" (
    "id" UUID NOT NULL,
    "insightId" UUID NOT NULL,
    "actorId" UUID,
    "fromValue" "Visibility" NOT NULL,
    "toValue" "Visibility" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsightVisibilityChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "plannedById" UUID NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "municipalityId" UUID,
    "location" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reaction" (
    "id" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "lessonId" UUID,
    "insightId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Advice" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "asked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Advice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "kind" "ProductKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "os" "ProductO"[],
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "lessonId" UUID,
    "insightId" UUID,
    "activityId" UUID,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_NationalThemeToSocialIssue" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_NationalThemeToSocialIssue_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NationalThemeToProduct" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_NationalThemeToProduct_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PracticeToQuestion" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_PracticeToQuestion_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_slug_key" ON "Workshop"("slug");

-- CreateIndex
CREATE INDEX "Municipality_workshopId_name_idx" ON "Municipality"("workshopId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_workshopId_cbsCode_key" ON "Municipality"("workshopId", "cbsCode");

-- CreateIndex
CREATE INDEX "Organisation_workshopId_name_id_idx" ON "Organisation"("workshopId", "name", "id");

-- CreateIndex
CREATE INDEX "Organisation_municipalityId_idx" ON "Organisation"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_workshopId_name_key" ON "Organisation"("workshopId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_key" ON "Membership"("userId", "organisationId");

-- CreateIndex
CREATE INDEX "WorkshopRole_workshopId_role_idx" ON "WorkshopRole"("workshopId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopRole_userId_workshopId_role_key" ON "WorkshopRole"("userId", "workshopId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "NationalTheme_slug_key" ON "NationalTheme"("slug");

-- CreateIndex
CREATE INDEX "SocialIssue_workshopId_status_createdAt_id_idx" ON "SocialIssue"("workshopId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "SocialIssue_mergedIntoId_idx" ON "SocialIssue"("mergedIntoId");

-- CreateIndex
CREATE INDEX "SocialIssueChange_socialIssueId_createdAt_idx" ON "SocialIssueChange"("socialIssueId", "createdAt");

-- CreateIndex
CREATE INDEX "Atelier_workshopId_startedAt_id_idx" ON "Atelier"("workshopId", "startedAt", "id");

-- CreateIndex
CREATE INDEX "Atelier_socialIssueId_startedAt_id_idx" ON "Atelier"("socialIssueId", "startedAt", "id");

-- CreateIndex
CREATE INDEX "Atelier_trekkerId_idx" ON "Atelier"("trekkerId");

-- CreateIndex
CREATE INDEX "Participation_atelierId_status_role_joinedAt_id_idx" ON "Participation"("atelierId", "status", "role", "joinedAt", "id");

-- CreateIndex
CREATE INDEX "Participation_userId_status_idx" ON "Participation"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_atelierId_userId_key" ON "Participation"("atelierId", "userId");

-- CreateIndex
CREATE INDEX "ParticipationChange_participationId_createdAt_idx" ON "ParticipationChange"("participationId", "createdAt");

-- CreateIndex
CREATE INDEX "Question_atelierId_createdAt_id_idx" ON "Question"("atelierId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Practice_atelierId_createdAt_id_idx" ON "Practice"("atelierId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Practice_municipalityId_idx" ON "Practice"("municipalityId");

-- CreateIndex
CREATE INDEX "PracticeParticipant_userId_idx" ON "PracticeParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeParticipant_practiceId_userId_key" ON "PracticeParticipant"("practiceId", "userId");

-- CreateIndex
CREATE INDEX "Lesson_atelierId_visibility_createdAt_id_idx" ON "Lesson"("atelierId", "visibility", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Lesson_practiceId_createdAt_id_idx" ON "Lesson"("practiceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Lesson_atelierId_municipalityId_idx" ON "Lesson"("atelierId", "municipalityId");

-- CreateIndex
CREATE INDEX "Lesson_authorId_idx" ON "Lesson"("authorId");

-- CreateIndex
CREATE INDEX "Lesson_atelierId_sharedAt_id_idx" ON "Lesson"("atelierId", "sharedAt", "id");

-- CreateIndex
CREATE INDEX "Lesson_visibility_sharedAt_id_idx" ON "Lesson"("visibility", "sharedAt", "id");

-- CreateIndex
CREATE INDEX "LessonVisibilityChange_lessonId_createdAt_idx" ON "LessonVisibilityChange"("lessonId", "createdAt");

-- CreateIndex
CREATE INDEX "Insight_atelierId_visibility_createdAt_id_idx" ON "Insight"("atelierId", "visibility", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Insight_atelierId_sharedAt_id_idx" ON "Insight"("atelierId", "sharedAt", "id");

-- CreateIndex
CREATE INDEX "Insight_visibility_sharedAt_id_idx" ON "Insight"("visibility", "sharedAt", "id");

-- CreateIndex
CREATE INDEX "InsightLesson_lessonId_idx" ON "InsightLesson"("lessonId");

-- CreateIndex
CREATE INDEX "InsightVisibilityChange_insightId_createdAt_idx" ON "InsightVisibilityChange"("insightId", "createdAt");

-- CreateIndex
CREATE INDEX "Activity_atelierId_startsAt_id_idx" ON "Activity"("atelierId", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Registration_userId_idx" ON "Registration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_activityId_userId_key" ON "Registration"("activityId", "userId");

-- CreateIndex
CREATE INDEX "Reaction_lessonId_createdAt_id_idx" ON "Reaction"("lessonId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Reaction_insightId_createdAt_id_idx" ON "Reaction"("insightId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Reaction_authorId_idx" ON "Reaction"("authorId");

-- CreateIndex
CREATE INDEX "Advice_atelierId_createdAt_id_idx" ON "Advice"("atelierId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Product_atelierId_createdAt_id_idx" ON "Product"("atelierId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "_NationalThemeToSocialIssue_B_index" ON "_NationalThemeToSocialIssue"("B");

-- CreateIndex
CREATE INDEX "_NationalThemeToProduct_B_index" ON "_NationalThemeToProduct"("B");

-- CreateIndex
CREATE INDEX "_PracticeToQuestion_B_index" ON "_PracticeToQuestion"("B");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopRole" ADD CONSTRAINT "WorkshopRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopRole" ADD CONSTRAINT "WorkshopRole_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialIssue" ADD CONSTRAINT "SocialIssue_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialIssue" ADD CONSTRAINT "SocialIssue_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "SocialIssue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialIssueChange" ADD CONSTRAINT "SocialIssueChange_socialIssueId_fkey" FOREIGN KEY ("socialIssueId") REFERENCES "SocialIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialIssueChange" ADD CONSTRAINT "SocialIssueChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Atelier" ADD CONSTRAINT "Atelier_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Atelier" ADD CONSTRAINT "Atelier_socialIssueId_fkey" FOREIGN KEY ("socialIssueId") REFERENCES "SocialIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Atelier" ADD CONSTRAINT "Atelier_trekkerId_fkey" FOREIGN KEY ("trekkerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationChange" ADD CONSTRAINT "ParticipationChange_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationChange" ADD CONSTRAINT "ParticipationChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeParticipant" ADD CONSTRAINT "PracticeParticipant_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeParticipant" ADD CONSTRAINT "PracticeParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVisibilityChange" ADD CONSTRAINT "LessonVisibilityChange_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVisibilityChange" ADD CONSTRAINT "LessonVisibilityChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insight" ADD CONSTRAINT "Insight_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insight" ADD CONSTRAINT "Insight_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightLesson" ADD CONSTRAINT "InsightLesson_insightId_fkey" FOREIGN KEY ("insightId") REFERENCES "Insight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightLesson" ADD CONSTRAINT "InsightLesson_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightVisibilityChange" ADD CONSTRAINT "InsightVisibilityChange_insightId_fkey" FOREIGN KEY ("insightId") REFERENCES "Insight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightVisibilityChange" ADD CONSTRAINT "InsightVisibilityChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_plannedById_fkey" FOREIGN KEY ("plannedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_insightId_fkey" FOREIGN KEY ("insightId") REFERENCES "Insight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Advice" ADD CONSTRAINT "Advice_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Advice" ADD CONSTRAINT "Advice_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_insightId_fkey" FOREIGN KEY ("insightId") REFERENCES "Insight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NationalThemeToSocialIssue" ADD CONSTRAINT "_NationalThemeToSocialIssue_A_fkey" FOREIGN KEY ("A") REFERENCES "NationalTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NationalThemeToSocialIssue" ADD CONSTRAINT "_NationalThemeToSocialIssue_B_fkey" FOREIGN KEY ("B") REFERENCES "SocialIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NationalThemeToProduct" ADD CONSTRAINT "_NationalThemeToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "NationalTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NationalThemeToProduct" ADD CONSTRAINT "_NationalThemeToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PracticeToQuestion" ADD CONSTRAINT "_PracticeToQuestion_A_fkey" FOREIGN KEY ("A") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PracticeToQuestion" ADD CONSTRAINT "_PracticeToQuestion_B_fkey" FOREIGN KEY ("B") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;
