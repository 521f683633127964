-- AlterTable
ALTER TABLE "Atelier" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Insight" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Atelier_searchVector_idx" ON "Atelier" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Insight_searchVector_idx" ON "Insight" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Lesson_searchVector_idx" ON "Lesson" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Question_searchVector_idx" ON "Question" USING GIN ("searchVector");

-- Keeping the search vectors current (Prisma doesn't model triggers; its diff leaves them alone).
-- Titles weigh more than bodies; HTML tags are stripped from lesson and insight bodies first.
CREATE FUNCTION werkplaats_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('dutch', coalesce(NEW.title, '')), 'A') ||
    -- The text is `body` (lessons, insights, questions) or `description` (ateliers).
    setweight(to_tsvector('dutch', regexp_replace(
      coalesce(to_jsonb(NEW) ->> 'body', to_jsonb(NEW) ->> 'description', ''), '<[^>]*>', ' ', 'g')), 'B');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Lesson_searchVector" BEFORE INSERT OR UPDATE OF title, body ON "Lesson"
  FOR EACH ROW EXECUTE FUNCTION werkplaats_search_vector();
CREATE TRIGGER "Insight_searchVector" BEFORE INSERT OR UPDATE OF title, body ON "Insight"
  FOR EACH ROW EXECUTE FUNCTION werkplaats_search_vector();
CREATE TRIGGER "Question_searchVector" BEFORE INSERT OR UPDATE OF title, body ON "Question"
  FOR EACH ROW EXECUTE FUNCTION werkplaats_search_vector();
CREATE TRIGGER "Atelier_searchVector" BEFORE INSERT OR UPDATE OF title, description ON "Atelier"
  FOR EACH ROW EXECUTE FUNCTION werkplaats_search_vector();

-- What is there already.
UPDATE "Lesson" SET title = title;
UPDATE "Insight" SET title = title;
UPDATE "Question" SET title = title;
UPDATE "Atelier" SET title = title;
