import { AreaPlaceholder } from "@/components/shell/area-placeholder";

export const metadata = { title: "Resources" };

export default function ResourcesPage() {
  return <AreaPlaceholder href="/resources" />;
}
