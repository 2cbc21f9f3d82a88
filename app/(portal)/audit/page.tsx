import { AreaPlaceholder } from "@/components/shell/area-placeholder";

export const metadata = { title: "Audit" };

export default function AuditPage() {
  return <AreaPlaceholder href="/audit" />;
}
