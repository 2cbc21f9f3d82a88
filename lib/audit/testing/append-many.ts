// A separate process appending to the audit chain, for the test that several processes (Pier,
// the pier CLI, another replica) never fork it. Usage: tsx --conditions=react-server append-many.ts <count> <name>
import { appendAuditRecord } from "../append-audit-record";

const count = Number(process.argv[2] ?? 100);
const name = process.argv[3] ?? "writer";
await Promise.all(
  Array.from({ length: count }, (_, i) =>
    appendAuditRecord({ actor: { kind: "system", display: name }, action: "test.append", requestId: `${name}-${i}`, outcome: "succeeded", after: { i } }),
  ),
);
process.exit(0);
