// The `kubernetes.io/change-cause` Pier records, so `kubectl rollout history` and Pier's history
// explain each revision: "<what> by <who>", then ": <reason>" when one was given. Pure.

const MAX = 500;

export function changeCause(what: string, by: string, reason?: string): string {
  const text = reason?.trim() ? `${what} by ${by}: ${reason.trim()}` : `${what} by ${by}`;
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
