import { SquareTerminal } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** "Open console" on a service's page: to the form asking for a recorded console on it. */
export function OpenConsoleLink({ cluster, namespace, service, production }: { cluster: string; namespace: string; service: string; production: boolean }) {
  const query = new URLSearchParams({ cluster, namespace, service });
  return (
    <Link href={`/consoles/new?${query}`} className={buttonClasses("secondary")} title={production ? "Production consoles need an SRE's approval" : "A recorded rails console in a one-off pod"}>
      <SquareTerminal aria-hidden className="size-4" />
      Open console
    </Link>
  );
}
