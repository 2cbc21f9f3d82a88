import { Anchor, FlaskConical, KeyRound } from "lucide-react";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";

/** The sign-in card: single sign-on when configured, the dev sign-in list in the embedded demo. */
export function SignInPanel({ sso, error, dev }: { sso: { name: string; href: string } | null; error: string | null; dev: ReactNode | null }) {
  return (
    <main className="flex min-h-screen items-start justify-center px-4 py-16 sm:items-center">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-center gap-2 text-xl font-semibold tracking-tight">
          <Anchor aria-hidden className="size-6 text-brand-600 dark:text-brand-500" />
          Pier
        </div>
        <div className="flex flex-col gap-5 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
          <div>
            <h1 className="text-lg font-semibold">Sign in to Pier</h1>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Branch environments, deploys, readiness and audited consoles.</p>
          </div>
          {error && (
            <Callout tone="danger" role="alert" title="You are not signed in">
              {error}
            </Callout>
          )}
          {sso && (
            <a href={sso.href} className={buttonClasses("primary", "md", "w-full")}>
              <KeyRound aria-hidden className="size-4" />
              Sign in with {sso.name}
            </a>
          )}
          {!sso && !dev && (
            <Callout tone="warning" title="No way to sign in is configured">
              Set PIER_OIDC_ISSUER and PIER_OIDC_CLIENT_ID (see the README, &ldquo;Identity and access&rdquo;).
            </Callout>
          )}
          {dev && (
            <section aria-labelledby="dev-sign-in" className="flex flex-col gap-3">
              <Callout tone="warning" icon={FlaskConical} title="Embedded demo">
                Pier runs its own embedded clusters on this machine, so it offers a dev sign-in as the demo&apos;s people, one per role. It
                is refused whenever real clusters are configured.
              </Callout>
              <h2 id="dev-sign-in" className="text-sm font-semibold">
                Dev sign-in
              </h2>
              {dev}
            </section>
          )}
        </div>
      </div>
    </main>
  );
}
