-- CreateIndex
CREATE INDEX "Notification_lessonId_idx" ON "Notification"("lessonId");

-- CreateIndex
CREATE INDEX "Notification_insightId_idx" ON "Notification"("insightId");

-- CreateIndex
CREATE INDEX "Notification_activityId_idx" ON "Notification"("activityId");

-- CreateIndex
CREATE INDEX "Notification_atelierId_idx" ON "Notification"("atelierId");

-- CreateIndex
CREATE INDEX "Notification_joinRequestId_idx" ON "Notification"("joinRequestId");

-- CreateIndex
CREATE INDEX "Notification_membershipId_idx" ON "Notification"("membershipId");

-- CreateIndex
CREATE INDEX "Notification_actorId_idx" ON "Notification"("actorId");

-- CreateIndex
CREATE INDEX "Notification_personId_idx" ON "Notification"("personId");
