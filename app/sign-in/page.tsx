import { redirect } from "next/navigation";
import { DevSignInList } from "@/components/auth/dev-sign-in-list";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { getCurrentActor } from "@/lib/auth/current-user";
import { listDevPeople } from "@/lib/auth/dev/seed-dev-people";
import { oidcSettings } from "@/lib/auth/oidc/oidc-settings";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { signInAsDevPersonAction } from "./actions";

export const metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

// Messages for the codes the OIDC callback sends back (codes, so no text can be injected by URL).
const errors: Record<string, string> = {
  expired: "The sign-in took too long or was started in another browser. Try again.",
  provider: "The identity provider's answer could not be verified. Try again; if it keeps failing, tell an admin.",
  "no-email": "The identity provider did not say which verified email address you have.",
  "no-role": "Your account has no role in Pier. Ask an admin to add your group to Pier's role map.",
  deactivated: "Your access to Pier has been turned off by an admin.",
  unreachable: "The identity provider cannot be reached right now. Try again in a minute.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next: rawNext, error } = await searchParams;
  const next = safeNextPath(rawNext);
  if (await getCurrentActor()) redirect(next);
  const sso = oidcSettings();
  const people = await listDevPeople(); // null outside embedded mode
  return (
    <SignInPanel
      sso={sso && { name: sso.name, href: `/api/auth/oidc/start?next=${encodeURIComponent(next)}` }}
      error={error ? (errors[error] ?? "Signing in failed.") : null}
      dev={people && <DevSignInList people={people} next={next} action={signInAsDevPersonAction} />}
    />
  );
}
