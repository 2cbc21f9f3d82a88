import { AreaPlaceholder } from "@/components/shell/area-placeholder";

export const metadata = { title: "Environments" };

export default function EnvironmentsPage() {
  return <AreaPlaceholder href="/environments" />;
}
