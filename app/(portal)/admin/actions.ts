"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/audit/door/define-action";
import { updatePerson } from "@/lib/auth/people/manage-people";
import { saveTeam } from "@/lib/auth/people/manage-teams";
import { saveTeamInput, updatePersonInput } from "@/lib/auth/people/person-input";

// Admin: change a person's role, teams and whether they may sign in; create or edit a team.
export const updatePersonAction = defineAction({
  action: "admin.manage",
  event: "person.update",
  input: updatePersonInput,
  target: (input) => ({ kind: "Person", name: input.id }),
  run: async (input, ctx) => {
    const { before, after } = await updatePerson(input);
    ctx.change({ role: before.role, teams: before.teams, active: before.active }, { role: after.role, teams: after.teams, active: after.active });
    revalidatePath("/admin");
    return after;
  },
});

export const saveTeamAction = defineAction({
  action: "admin.manage",
  event: "team.save",
  input: saveTeamInput,
  target: (input) => ({ kind: "Team", name: input.slug }),
  run: async (input, ctx) => {
    const { before, after } = await saveTeam(input);
    ctx.change(before && { name: before.name, services: before.services }, { name: after.name, services: after.services });
    revalidatePath("/admin");
    return after;
  },
});
