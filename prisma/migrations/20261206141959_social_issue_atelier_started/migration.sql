-- AlterEnum
ALTER TYPE "SocialIssueChangeKind" ADD VALUE 'ATELIER_STARTED';
