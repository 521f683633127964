-- CreateIndex
CREATE INDEX "Activity_municipalityId_idx" ON "Activity"("municipalityId");

-- CreateIndex
CREATE INDEX "Activity_plannedById_idx" ON "Activity"("plannedById");

-- CreateIndex
CREATE INDEX "Activity_outcomeRecordedById_idx" ON "Activity"("outcomeRecordedById");
