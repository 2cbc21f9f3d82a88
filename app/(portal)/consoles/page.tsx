import { AreaPlaceholder } from "@/components/shell/area-placeholder";

export const metadata = { title: "Consoles" };

export default function ConsolesPage() {
  return <AreaPlaceholder href="/consoles" />;
}
