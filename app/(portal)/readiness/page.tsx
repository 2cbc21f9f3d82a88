import { AreaPlaceholder } from "@/components/shell/area-placeholder";

export const metadata = { title: "Readiness" };

export default function ReadinessPage() {
  return <AreaPlaceholder href="/readiness" />;
}
