// GET /api/readiness/<service>: the service's score, level and every item's state with reasons.
import { getServiceReadiness } from "@/lib/readiness/get-service-readiness";
import { notFound, readinessReadRoute } from "@/lib/readiness/readiness-read-route";

export const dynamic = "force-dynamic";

export const GET = readinessReadRoute<{ service: string }>(async ({ service }) => (await getServiceReadiness(service)) ?? notFound(`no service named ${service}`));
