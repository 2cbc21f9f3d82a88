import { AreaPlaceholder } from "@/components/shell/area-placeholder";

export const metadata = { title: "Docs" };

export default function DocsPage() {
  return <AreaPlaceholder href="/docs" />;
}
