import { Check, Minus } from "lucide-react";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";

export interface MatrixRow {
  action: string;
  summary: string;
  cells: Record<string, string[]>;
}

/** Every action against every role: a tick when always allowed, the conditions when only sometimes. */
export function RulesMatrix({ rows, roles }: { rows: MatrixRow[]; roles: readonly string[] }) {
  return (
    <Table label="Rules">
      <THead>
        <tr>
          <TH>Action</TH>
          {roles.map((role) => (
            <TH key={role}>{role}</TH>
          ))}
        </tr>
      </THead>
      <tbody>
        {rows.map((row) => (
          <TR key={row.action}>
            <TD>
              <div className="font-mono text-xs">{row.action}</div>
              <div className="text-xs text-zinc-500">{row.summary}</div>
            </TD>
            {roles.map((role) => {
              const conditions = row.cells[role] ?? [];
              return (
                <TD key={role} className="text-xs" data-role={role}>
                  {conditions.length === 0 ? (
                    <Minus aria-label="never" className="size-4 text-zinc-300 dark:text-zinc-600" />
                  ) : conditions.includes("always") ? (
                    <Check aria-label="always" className="size-4 text-emerald-600 dark:text-emerald-400" />
                  ) : (
                    <ul className="flex flex-col gap-0.5 text-zinc-700 dark:text-zinc-300">
                      {conditions.map((condition) => (
                        <li key={condition}>{condition}</li>
                      ))}
                    </ul>
                  )}
                </TD>
              );
            })}
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
