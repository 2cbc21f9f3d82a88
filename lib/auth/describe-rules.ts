import { actions, conditions, roles, rules, type Action, type Role } from "./rules";

// The rules as a matrix for /access: one row per action, one cell per role listing the
// conditions under which that role may do it (empty = never). Pure.

export interface RulesMatrixRow {
  action: Action;
  summary: string;
  cells: Record<Role, string[]>;
  /** Also open to people who have not signed in (only the dev sign-in). */
  anyone: string[];
}

export function describeRules(): RulesMatrixRow[] {
  return actions.map((action) => {
    const rule = rules[action];
    const cells = Object.fromEntries(roles.map((role) => [role, [] as string[]])) as Record<Role, string[]>;
    const anyone: string[] = [];
    for (const grant of rule.grants) {
      const text = conditions[grant.when].text;
      if (grant.roles === "anyone") {
        anyone.push(text);
        for (const role of roles) cells[role].push(text);
      } else {
        for (const role of grant.roles) cells[role].push(text);
      }
    }
    return { action, summary: rule.summary, cells, anyone };
  });
}
