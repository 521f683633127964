-- DropIndex
DROP INDEX "Lesson_searchVector_idx";

-- Search finds a reader's lessons by the ways in of lessonWaysInSql (policy.ts): the public ones, the tribune's of
-- the ateliers they follow, those below the tribune of the ateliers whose arena they read, their own. One GIN index
-- per part of the ladder lets each way read only its part (crossed with an atelier index), where the one index over
-- all lessons made every search read and rank-check every matching lesson, readable or not (a tribune member's
-- search for a common word read 37,000 lessons to keep 4,600). Together they hold every lesson, as the one did.
-- Prisma cannot write partial indexes (its diff leaves them alone): they live here, not in schema.prisma.
CREATE INDEX "Lesson_searchVector_public_idx" ON "Lesson" USING GIN ("searchVector") WHERE visibility = 'PUBLIC';
CREATE INDEX "Lesson_searchVector_tribune_idx" ON "Lesson" USING GIN ("searchVector") WHERE visibility = 'TRIBUNE';
CREATE INDEX "Lesson_searchVector_inner_idx" ON "Lesson" USING GIN ("searchVector")
  WHERE visibility IN ('DRAFT', 'PRACTICE', 'ARENA');
