-- CreateIndex
CREATE INDEX "Advice_authorId_idx" ON "Advice"("authorId");

-- CreateIndex
CREATE INDEX "Insight_authorId_idx" ON "Insight"("authorId");

-- CreateIndex
CREATE INDEX "InsightVisibilityChange_actorId_idx" ON "InsightVisibilityChange"("actorId");

-- CreateIndex
CREATE INDEX "JoinRequest_createdById_idx" ON "JoinRequest"("createdById");

-- CreateIndex
CREATE INDEX "JoinRequest_decidedById_idx" ON "JoinRequest"("decidedById");

-- CreateIndex
CREATE INDEX "JoinRequest_organisationId_idx" ON "JoinRequest"("organisationId");

-- CreateIndex
CREATE INDEX "Lesson_municipalityId_idx" ON "Lesson"("municipalityId");

-- CreateIndex
CREATE INDEX "LessonVisibilityChange_actorId_idx" ON "LessonVisibilityChange"("actorId");

-- CreateIndex
CREATE INDEX "Membership_decidedById_idx" ON "Membership"("decidedById");

-- CreateIndex
CREATE INDEX "Participation_organisationId_idx" ON "Participation"("organisationId");

-- CreateIndex
CREATE INDEX "ParticipationChange_actorId_idx" ON "ParticipationChange"("actorId");

-- CreateIndex
CREATE INDEX "ParticipationChange_organisationId_idx" ON "ParticipationChange"("organisationId");

-- CreateIndex
CREATE INDEX "Practice_startedById_idx" ON "Practice"("startedById");

-- CreateIndex
CREATE INDEX "Question_authorId_idx" ON "Question"("authorId");

-- CreateIndex
CREATE INDEX "QuestionChange_actorId_idx" ON "QuestionChange"("actorId");

-- CreateIndex
CREATE INDEX "QuestionInsight_linkedById_idx" ON "QuestionInsight"("linkedById");

-- CreateIndex
CREATE INDEX "QuestionLesson_linkedById_idx" ON "QuestionLesson"("linkedById");

-- CreateIndex
CREATE INDEX "SocialIssueChange_actorId_idx" ON "SocialIssueChange"("actorId");
