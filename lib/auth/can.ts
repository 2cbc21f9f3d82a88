import { conditions, rules, type Action, type Grant, type Subject, type Target } from "./rules";

// The one function that decides every permission, from the data in rules.ts. Pure.

export interface Decision {
  allowed: boolean;
  reason: string;
}

function covers(grant: Grant, subject: Subject | null): boolean {
  if (grant.roles === "anyone") return true;
  return subject !== null && grant.roles.includes(subject.role);
}

export function can(subject: Subject | null, action: Action, target: Target = {}): Decision {
  const rule = rules[action];
  if (!rule) return { allowed: false, reason: `unknown action "${action}"` };
  const who = subject ? `a person with the role ${subject.role}` : "someone not signed in";
  const applicable = rule.grants.filter((grant) => covers(grant, subject));
  const granted = applicable.find((grant) => conditions[grant.when].holds(subject, target));
  if (granted) {
    const condition = granted.when === "always" ? "" : ` ${conditions[granted.when].text}`;
    return { allowed: true, reason: `${who} may ${rule.summary}${condition}` };
  }
  if (applicable.length === 0) {
    return { allowed: false, reason: subject ? `${who} may not ${rule.summary}` : `sign in to ${rule.summary}` };
  }
  const only = applicable.map((grant) => conditions[grant.when].text).join(", or ");
  return { allowed: false, reason: `${who} may ${rule.summary} only ${only}` };
}
