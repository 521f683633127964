-- CreateIndex
CREATE INDEX "Insight_sharedAt_id_idx" ON "Insight"("sharedAt", "id");

-- CreateIndex
CREATE INDEX "Lesson_sharedAt_id_idx" ON "Lesson"("sharedAt", "id");
