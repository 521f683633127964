-- CreateIndex
CREATE INDEX "Lesson_atelierId_visibility_authorId_practiceId_conditions_idx" ON "Lesson"("atelierId", "visibility", "authorId", "practiceId", "conditions");
