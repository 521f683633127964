-- AlterTable
ALTER TABLE "User" ALTER COLUMN "locale" DROP NOT NULL,
ALTER COLUMN "locale" DROP DEFAULT;

-- Every account got "nl" by default, chosen or not: from now on only a chosen language is kept, so the app takes
-- it at sign-in. Mail without one stays Dutch.
UPDATE "User" SET "locale" = NULL WHERE "locale" = 'nl';
