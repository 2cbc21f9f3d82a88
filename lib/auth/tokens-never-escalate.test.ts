import { describe, expect, it } from "vitest";
import { can } from "./can";
import { actions, roles, tokenRoleChoices, type Subject, type Target } from "./rules";

// A token narrowed to another role must never do what its owner's own role cannot: checked
// over every action and a product of target shapes, for every allowed narrowing.

const SELF = "self";
const values = {
  environment: ["staging", "production", undefined],
  approved: [true, false],
  owner: [SELF, "other"],
  team: ["payments", "learning"],
  requester: [SELF, "other"],
  embedded: [true, false],
} as const;

const targets: Target[] = values.environment.flatMap((environment) =>
  values.approved.flatMap((approved) =>
    values.owner.flatMap((owner) =>
      values.team.flatMap((owningTeam) =>
        values.requester.flatMap((requesterId) =>
          values.embedded.map((embedded) => ({ environment, approved, owningTeam, requesterId, embedded, ownerId: owner, namespaceOwnerId: owner })),
        ),
      ),
    ),
  ),
);

describe("tokenRoleChoices", () => {
  it("always offers the owner's own role", () => {
    for (const role of roles) expect(tokenRoleChoices[role]).toContain(role);
  });

  for (const owner of roles) {
    for (const narrowed of tokenRoleChoices[owner]) {
      it(`a ${owner}'s token narrowed to ${narrowed} can do nothing a ${owner} cannot`, () => {
        const as = (role: typeof owner): Subject => ({ id: SELF, role, teams: ["payments"], via: "token" });
        for (const action of actions) {
          for (const target of targets) {
            if (can(as(narrowed), action, target).allowed) expect(can(as(owner), action, target).allowed, `${action} ${JSON.stringify(target)}`).toBe(true);
          }
        }
      });
    }
  }
});
