"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/audit/door/define-action";
import { endSession } from "@/lib/auth/session/create-session";
import { clearSessionCookie, readCurrentSessionValue } from "@/lib/auth/session/session-cookie-jar";

// Sign out: ends the session in the database (not only the cookie), then back to /sign-in.
export const signOutAction = defineAction({
  action: "session.end",
  input: z.object({}),
  run: async () => {
    const value = await readCurrentSessionValue();
    if (value) await endSession(value);
    await clearSessionCookie();
    redirect("/sign-in");
  },
});
