-- DropIndex
DROP INDEX "Insight_sharedAt_id_idx";

-- DropIndex
DROP INDEX "Insight_visibility_sharedAt_id_idx";

-- DropIndex
DROP INDEX "Lesson_sharedAt_id_idx";

-- DropIndex
DROP INDEX "Lesson_visibility_sharedAt_id_idx";
