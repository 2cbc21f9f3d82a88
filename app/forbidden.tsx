import { ShieldX } from "lucide-react";
import Link from "next/link";

// Shown by requireCan() when the signed-in person may not see a page (HTTP 403).
export default function Forbidden() {
  return (
    <main className="flex min-h-[70vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <ShieldX aria-hidden className="size-8 text-zinc-400" />
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        Your role does not let you see this page. The attempt was recorded in the audit log. See{" "}
        <Link href="/access" className="font-medium text-brand-600 hover:underline">
          who may do what
        </Link>
        .
      </p>
      <Link href="/" className="text-sm font-medium text-brand-600 hover:underline">
        Back to Pier
      </Link>
    </main>
  );
}
