-- CreateEnum
CREATE TYPE "ReadinessMarkKind" AS ENUM ('tick', 'exemption');

-- CreateTable
CREATE TABLE "readiness_marks" (
    "service" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "kind" "ReadinessMarkKind" NOT NULL,
    "evidence_url" TEXT,
    "evidence_note" TEXT,
    "reason" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "by_user_id" UUID NOT NULL,
    "by_name" TEXT NOT NULL,
    "by_email" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "readiness_marks_pkey" PRIMARY KEY ("service","item_id")
);

-- CreateTable
CREATE TABLE "readiness_snapshots" (
    "id" BIGSERIAL NOT NULL,
    "service" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" INTEGER,
    "level" TEXT,
    "standards" JSONB NOT NULL,

    CONSTRAINT "readiness_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "readiness_snapshots_service_at_idx" ON "readiness_snapshots"("service", "at");
