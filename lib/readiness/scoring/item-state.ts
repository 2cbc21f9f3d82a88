import type { CheckResult } from "../checks/check-types";
import type { ChecklistItem } from "../checklist/checklist-schema";

// One item's state for one service, from its automatic result or manual tick, an exemption,
// and the age of the evidence. What counts toward the score: pass and ticked earn the weight;
// fail, open and stale earn nothing; unknown, not-applicable and exempt are left out.

export type ItemStatus = "pass" | "fail" | "unknown" | "not-applicable" | "ticked" | "stale" | "open" | "exempt";

export interface MarkView {
  kind: "tick" | "exemption";
  byName: string;
  byEmail: string;
  at: string;
  evidenceUrl: string | null;
  evidenceNote: string | null;
  reason: string | null;
  expiresAt: string | null;
}

export interface ItemState {
  status: ItemStatus;
  /** Why, in a line: the live reason of an automatic check, or what a manual item needs. */
  reason: string;
  counted: boolean;
  earned: number;
  mark: MarkView | null;
  /** An exemption that ran out (the item is judged as if it had none). */
  expiredExemption: MarkView | null;
}

const DAY = 86_400_000;

export function evaluateItem(item: ChecklistItem, inputs: { result?: CheckResult; mark?: MarkView | null; now: number; staleDays: number }): ItemState {
  const { mark = null, now } = inputs;
  const exemption = mark?.kind === "exemption" ? mark : null;
  if (exemption && (!exemption.expiresAt || Date.parse(exemption.expiresAt) > now)) {
    const until = exemption.expiresAt ? ` until ${exemption.expiresAt.slice(0, 10)}` : "";
    return { status: "exempt", reason: `exempt${until}: ${exemption.reason ?? ""}`.trim(), counted: false, earned: 0, mark: exemption, expiredExemption: null };
  }
  const expiredExemption = exemption;
  const state = (status: ItemStatus, reason: string, markView: MarkView | null = null): ItemState => {
    const counted = status !== "unknown" && status !== "not-applicable";
    return { status, reason, counted, earned: status === "pass" || status === "ticked" ? item.weight : 0, mark: markView, expiredExemption };
  };
  if (item.kind === "automatic") {
    const result = inputs.result ?? { status: "unknown" as const, reason: "unknown: not evaluated" };
    return state(result.status, result.reason);
  }
  const tick = mark?.kind === "tick" ? mark : null;
  if (!tick) return state("open", "not ticked yet");
  const staleDays = item.staleAfterDays ?? inputs.staleDays;
  const ageDays = Math.floor((now - Date.parse(tick.at)) / DAY);
  if (ageDays > staleDays) return state("stale", `evidence is ${ageDays} days old (stale after ${staleDays}): check it again and re-tick`, tick);
  return state("ticked", `ticked by ${tick.byName}`, tick);
}
