-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "SocialIssue" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Activity_searchVector_idx" ON "Activity" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Product_searchVector_idx" ON "Product" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "SocialIssue_searchVector_idx" ON "SocialIssue" USING GIN ("searchVector");

-- Kwesties, tribune activities and products (opbrengsten) are searched too: the same trigger function as the
-- add_search migration (title weighs A, description B), kept current on every change of either.
CREATE TRIGGER "SocialIssue_searchVector" BEFORE INSERT OR UPDATE OF title, description ON "SocialIssue"
  FOR EACH ROW EXECUTE FUNCTION werkplaats_search_vector();
CREATE TRIGGER "Activity_searchVector" BEFORE INSERT OR UPDATE OF title, description ON "Activity"
  FOR EACH ROW EXECUTE FUNCTION werkplaats_search_vector();
CREATE TRIGGER "Product_searchVector" BEFORE INSERT OR UPDATE OF title, description ON "Product"
  FOR EACH ROW EXECUTE FUNCTION werkplaats_search_vector();

-- What is there already.
UPDATE "SocialIssue" SET title = title;
UPDATE "Activity" SET title = title;
UPDATE "Product" SET title = title;
