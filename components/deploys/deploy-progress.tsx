import Link from "next/link";
import { Callout } from "@/components/ui/callout";
import type { ServiceRowDto } from "@/lib/environments/types";

/** A deploy across every service at once: how many rolled out, which are still going, which failed and why. */
export function DeployProgress({ services, base }: { services: ServiceRowDto[]; base: string }) {
  const done = services.filter((s) => s.progress.state === "complete").length;
  const failed = services.filter((s) => s.progress.state === "failed");
  const going = services.filter((s) => s.progress.state === "progressing");
  const tone = failed.length ? "bad" : going.length ? "info" : "good";
  const title = failed.length ? `${failed.length} of ${services.length} services failed to roll out` : going.length ? `Rolling out: ${done} of ${services.length} services done` : `All ${services.length} services rolled out`;
  return (
    <Callout tone={tone} title={title} role={failed.length ? "alert" : "status"}>
      {(failed.length > 0 || going.length > 0) && (
        <ul className="mt-1 flex flex-col gap-1">
          {[...failed, ...going].map((s) => (
            <li key={s.name}>
              <Link className="font-medium underline" href={`${base}/${s.name}`}>
                {s.name}
              </Link>
              : {s.progress.message}
            </li>
          ))}
        </ul>
      )}
    </Callout>
  );
}
