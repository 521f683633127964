-- The content version: moved on (nextval) after every change made through the API, so an answer kept by the
-- response cache under an older version is never served again. A sequence, not a row: moving it on takes no
-- lock and is not undone by a rollback, and every replica reads the same value.
-- (Prisma doesn't model standalone sequences; its diff leaves this alone.)
CREATE SEQUENCE "ContentVersion";
