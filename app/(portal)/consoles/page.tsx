import { AreaPlaceholder } from "@/components/shell/area-placeholder";
import { requireUser } from "@/lib/auth/current-user";

export const metadata = { title: "Consoles" };

export default async function ConsolesPage() {
  await requireUser();
  return <AreaPlaceholder href="/consoles" />;
}
