import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findUnguardedPaths, findUnguardedPathsIn } from "./find-unguarded-paths";

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("every way in goes through the door", () => {
  it("holds for this repository", () => {
    expect(findUnguardedPaths(root)).toEqual([]);
  });
});

describe("findUnguardedPathsIn", () => {
  it("flags mutating route handlers not made with defineRoute", () => {
    const text = `export async function POST(request: Request) { return Response.json({}); }\nexport const DELETE = handler;\nexport const PUT = defineRoute({} as never);`;
    const problems = findUnguardedPathsIn("app/api/things/route.ts", text);
    expect(problems).toEqual([
      "app/api/things/route.ts: POST must be `export const POST = defineRoute({...})`",
      "app/api/things/route.ts: DELETE must be `export const DELETE = defineRoute({...})`",
    ]);
    expect(findUnguardedPathsIn("app/api/things/route.ts", `const h = defineRoute({} as never);\nexport { h as PATCH };`)).toHaveLength(1);
  });

  it("flags GET routes without a read guard unless public", () => {
    expect(findUnguardedPathsIn("app/api/things/route.ts", `export function GET() { return Response.json([]); }`)).toHaveLength(1);
    expect(findUnguardedPathsIn("app/api/things/route.ts", `export const GET = defineReadRoute({} as never);`)).toEqual([]);
    expect(findUnguardedPathsIn("app/api/healthz/route.ts", `export function GET() { return Response.json({}); }`)).toEqual([]);
  });

  it("flags server actions not made with defineAction, and inline ones", () => {
    const file = `"use server";\nexport async function deleteAll() {}\nexport const ok = defineAction({} as never);\nexport type T = number;`;
    expect(findUnguardedPathsIn("app/x/actions.ts", file)).toEqual(["app/x/actions.ts: server action deleteAll must be `export const deleteAll = defineAction({...})`"]);
    const inline = `export default function Page() {\n  async function act() {\n    "use server";\n  }\n  return null;\n}`;
    expect(findUnguardedPathsIn("components/x.tsx", inline)).toEqual([`components/x.tsx:2: inline "use server" function; put it in a "use server" file made with defineAction`]);
  });

  it("flags portal pages that do not check access", () => {
    expect(findUnguardedPathsIn("app/(portal)/x/page.tsx", "export default function P() { return <main>secret</main>; }")).toHaveLength(1);
    expect(findUnguardedPathsIn("app/(portal)/x/page.tsx", `export default function P() { redirect("/y"); }`)).toEqual([]);
    expect(findUnguardedPathsIn("app/(portal)/x/page.tsx", "export default async function P() { await requireUser(); return null; }")).toEqual([]);
  });
});
