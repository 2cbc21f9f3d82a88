import { ShieldAlert, ShieldCheck } from "lucide-react";
import { Callout } from "@/components/ui/callout";
import type { RecordingVerificationDto } from "@/lib/console/types";

/** Whether the stored chunks add up to the final hash on the session and in the audit log. */
export function RecordingVerification({ verification: v }: { verification: RecordingVerificationDto }) {
  if (v.ok) {
    return (
      <Callout tone="success" icon={ShieldCheck} title="Recording verified">
        {v.chunks.toLocaleString("en")} chunks re-hashed in order add up to the final hash <code className="text-xs break-all">{v.computedHash}</code>
        {v.auditHash ? ", as recorded in the audit log." : "."}
      </Callout>
    );
  }
  return (
    <Callout tone="danger" icon={ShieldAlert} title="This recording does not verify: it was changed after it was recorded" role="alert">
      <ul className="list-disc pl-4">
        {v.problems.map((problem) => <li key={problem}>{problem}</li>)}
      </ul>
    </Callout>
  );
}
