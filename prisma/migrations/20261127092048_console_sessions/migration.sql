-- CreateEnum
CREATE TYPE "ConsoleStatus" AS ENUM ('pending', 'denied', 'ready', 'running', 'ended', 'expired', 'failed');

-- CreateEnum
CREATE TYPE "ConsoleReview" AS ENUM ('pending', 'approved', 'flagged');

-- CreateTable
CREATE TABLE "console_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "user_email" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "cluster" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "workload_kind" TEXT NOT NULL,
    "container" TEXT NOT NULL,
    "pod_mode" TEXT NOT NULL,
    "pod" TEXT,
    "image" TEXT,
    "command" TEXT[],
    "reason" TEXT NOT NULL,
    "ticket_url" TEXT,
    "status" "ConsoleStatus" NOT NULL,
    "max_minutes" INTEGER NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decided_by_name" TEXT,
    "decided_by_email" TEXT,
    "decision_note" TEXT,
    "start_by" TIMESTAMPTZ(3),
    "started_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "end_reason" TEXT,
    "exit_code" INTEGER,
    "chunk_count" INTEGER NOT NULL DEFAULT 0,
    "input_bytes" BIGINT NOT NULL DEFAULT 0,
    "output_bytes" BIGINT NOT NULL DEFAULT 0,
    "final_hash" TEXT,
    "final_audit_seq" BIGINT,
    "review" "ConsoleReview" NOT NULL DEFAULT 'pending',
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_id" UUID,
    "reviewed_by_name" TEXT,
    "review_note" TEXT,

    CONSTRAINT "console_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "console_chunks" (
    "session_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "offset_ms" INTEGER NOT NULL,
    "stream" SMALLINT NOT NULL,
    "data" BYTEA NOT NULL,
    "hash" BYTEA NOT NULL,

    CONSTRAINT "console_chunks_pkey" PRIMARY KEY ("session_id","seq")
);

-- CreateTable
CREATE TABLE "console_input_lines" (
    "session_id" UUID NOT NULL,
    "line_no" INTEGER NOT NULL,
    "offset_ms" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "search" tsvector,

    CONSTRAINT "console_input_lines_pkey" PRIMARY KEY ("session_id","line_no")
);

-- CreateIndex
CREATE INDEX "console_sessions_user_id_requested_at_idx" ON "console_sessions"("user_id", "requested_at");

-- CreateIndex
CREATE INDEX "console_sessions_status_idx" ON "console_sessions"("status");

-- CreateIndex
CREATE INDEX "console_sessions_review_ended_at_idx" ON "console_sessions"("review", "ended_at");

-- CreateIndex
CREATE INDEX "console_sessions_requested_at_idx" ON "console_sessions"("requested_at");

-- CreateIndex
CREATE INDEX "console_input_lines_search_idx" ON "console_input_lines" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "console_chunks" ADD CONSTRAINT "console_chunks_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "console_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "console_input_lines" ADD CONSTRAINT "console_input_lines_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "console_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recorded chunks are never changed (added by hand: Prisma's schema cannot express triggers).
-- Deleting stays possible for retention, which removes whole sessions; the hash chain and the
-- final hash in the audit log reveal any other change, also by someone who can switch this off.
CREATE FUNCTION "console_chunks_refuse_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'console recordings are append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER "console_chunks_append_only" BEFORE UPDATE ON "console_chunks"
  FOR EACH ROW EXECUTE FUNCTION "console_chunks_refuse_update"();

-- Recorded bytes are stored as they arrive, out of line and uncompressed (added by hand):
-- compressing them (pglz) halved the recording throughput of a session printing megabytes
-- (bench/README.md, consoles); retention bounds the space instead.
ALTER TABLE "console_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;
