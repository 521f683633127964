-- CreateTable
CREATE TABLE "ContentScope" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "ContentScope_pkey" PRIMARY KEY ("scope")
);
