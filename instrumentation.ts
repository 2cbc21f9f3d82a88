// Next.js calls register() once when the server starts: the resources area starts its usage
// samplers then (not at build time), so history is recorded whether or not anyone looks.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { ensureResourceSamplers } = await import("@/lib/resources/sampler/start-resource-samplers");
    ensureResourceSamplers();
  } catch (error) {
    // Pier serves without samplers (the first resources read starts them) rather than not at all.
    console.error("[pier] resources: the usage samplers did not start:", error instanceof Error ? error.message : error);
  }
}
