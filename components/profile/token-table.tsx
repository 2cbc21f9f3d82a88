import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";
import type { FormAction } from "@/lib/audit/door/action-result";
import { RevokeTokenButton } from "./revoke-token-button";

export interface TokenRow {
  id: string;
  name: string;
  hint: string;
  role: string | null;
  status: "active" | "expired" | "revoked";
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

const statusTone = { active: "green", expired: "neutral", revoked: "red" } as const;

/** The person's tokens (never their values) with a revoke button for the active ones. */
export function TokenTable({ tokens, ownRole, revoke }: { tokens: TokenRow[]; ownRole: string; revoke: FormAction<unknown> }) {
  if (tokens.length === 0) return <EmptyState title="No API tokens yet">Create one above for scripts and CI; it acts as you.</EmptyState>;
  return (
    <Table label="API tokens">
      <THead>
        <tr>
          <TH>Name</TH>
          <TH>Token</TH>
          <TH>Role</TH>
          <TH>Created</TH>
          <TH>Expires</TH>
          <TH>Last used</TH>
          <TH>Status</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </tr>
      </THead>
      <tbody>
        {tokens.map((token) => (
          <TR key={token.id}>
            <TD className="font-medium">{token.name}</TD>
            <TD className="font-mono text-xs whitespace-nowrap text-zinc-500">pier_…{token.hint}</TD>
            <TD>{token.role ?? ownRole}</TD>
            <TD>
              <UtcTime iso={token.createdAt} seconds={false} />
            </TD>
            <TD>
              <UtcTime iso={token.expiresAt} seconds={false} />
            </TD>
            <TD>
              <UtcTime iso={token.lastUsedAt} seconds={false} />
            </TD>
            <TD>
              <Badge tone={statusTone[token.status]}>{token.status}</Badge>
            </TD>
            <TD className="text-right">
              {token.status === "active" && <RevokeTokenButton id={token.id} name={token.name} revoke={revoke} />}
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
