/*
  Warnings:

  - You are about to drop the `usage_sampler_leases` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "usage_sampler_leases";
