-- CreateTable
CREATE TABLE "usage_series" (
    "id" SERIAL NOT NULL,
    "cluster" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "workload" TEXT NOT NULL,
    "container" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "usage_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "usage_raw" (
    "series_id" INTEGER NOT NULL,
    "minute" INTEGER NOT NULL,
    "cpu_avg" INTEGER NOT NULL,
    "cpu_max" INTEGER NOT NULL,
    "mem_avg" INTEGER NOT NULL,
    "mem_max" INTEGER NOT NULL,

    CONSTRAINT "usage_raw_pkey" PRIMARY KEY ("series_id","minute")
);

-- CreateTable
CREATE TABLE "usage_5m" (
    "series_id" INTEGER NOT NULL,
    "minute" INTEGER NOT NULL,
    "cpu_avg" INTEGER NOT NULL,
    "cpu_max" INTEGER NOT NULL,
    "mem_avg" INTEGER NOT NULL,
    "mem_max" INTEGER NOT NULL,

    CONSTRAINT "usage_5m_pkey" PRIMARY KEY ("series_id","minute")
);

-- CreateTable
CREATE TABLE "usage_days" (
    "series_id" INTEGER NOT NULL,
    "day" INTEGER NOT NULL,
    "cpu_histogram" BYTEA NOT NULL,
    "cpu_max" INTEGER NOT NULL,
    "mem_peak" INTEGER NOT NULL,
    "samples" INTEGER NOT NULL,
    "first_minute" INTEGER NOT NULL,
    "last_minute" INTEGER NOT NULL,

    CONSTRAINT "usage_days_pkey" PRIMARY KEY ("series_id","day")
);

-- CreateTable
CREATE TABLE "container_terminations" (
    "series_id" INTEGER NOT NULL,
    "pod" TEXT NOT NULL,
    "minute" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "exit_code" INTEGER NOT NULL,

    CONSTRAINT "container_terminations_pkey" PRIMARY KEY ("series_id","pod","minute")
);

-- CreateTable
CREATE TABLE "usage_sampler_leases" (
    "cluster" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "usage_sampler_leases_pkey" PRIMARY KEY ("cluster")
);

-- CreateIndex
CREATE UNIQUE INDEX "usage_series_cluster_namespace_workload_container_key" ON "usage_series"("cluster", "namespace", "workload", "container");

-- CreateIndex
CREATE INDEX "usage_raw_minute_idx" ON "usage_raw" USING BRIN ("minute");

-- CreateIndex
CREATE INDEX "usage_5m_minute_idx" ON "usage_5m" USING BRIN ("minute");
