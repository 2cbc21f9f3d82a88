import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Finds ways into Pier that skip the door: mutating route handlers not made with defineRoute,
// server actions not made with defineAction, inline "use server" functions, GET routes without
// a read guard, and portal pages that never call requireUser/requireCan. Used by a test that
// fails the build, so a write path cannot be added by accident. Reads source only.

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const READING = new Set(["GET", "HEAD"]);
/** GET routes open to anyone, on purpose. */
export const PUBLIC_ROUTES = ["app/api/healthz/route.ts", "app/api/readyz/route.ts", "app/api/auth/oidc/start/route.ts", "app/api/auth/oidc/callback/route.ts"];

function callee(node: ts.Expression | undefined): string | null {
  if (!node || !ts.isCallExpression(node)) return null;
  return ts.isIdentifier(node.expression) ? node.expression.text : null;
}

function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

interface Export {
  name: string;
  /** The function called to make it (`defineRoute` in `export const POST = defineRoute(...)`), or null. */
  madeBy: string | null;
  typeOnly: boolean;
}

function exportsOf(source: ts.SourceFile): Export[] {
  const found: Export[] = [];
  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) found.push({ name: d.name.text, madeBy: callee(d.initializer), typeOnly: false });
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && isExported(statement)) {
      found.push({ name: statement.name?.text ?? "default", madeBy: null, typeOnly: false });
    } else if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && isExported(statement)) {
      found.push({ name: statement.name.text, madeBy: null, typeOnly: true });
    } else if (ts.isExportDeclaration(statement)) {
      const names = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements.map((e) => e.name.text) : ["*"];
      for (const name of names) found.push({ name, madeBy: null, typeOnly: statement.isTypeOnly });
    } else if (ts.isExportAssignment(statement)) {
      found.push({ name: "default", madeBy: callee(statement.expression), typeOnly: false });
    }
  }
  return found;
}

function inlineUseServer(source: ts.SourceFile): number[] {
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isFunctionLike(node) || ts.isArrowFunction(node)) && "body" in node && node.body && ts.isBlock(node.body as ts.Node) && hasUseServer((node.body as ts.Block).statements)) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

function rendersAnything(source: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Problems with one file's source; `file` is the path relative to the repository root. */
export function findUnguardedPathsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const problems: string[] = [];
  const exported = exportsOf(source);
  if (/^app\/.*\/route\.tsx?$/.test(file)) {
    for (const e of exported) {
      if (MUTATING.has(e.name) && e.madeBy !== "defineRoute") problems.push(`${file}: ${e.name} must be \`export const ${e.name} = defineRoute({...})\``);
      if (READING.has(e.name) && !PUBLIC_ROUTES.includes(file) && !/ReadRoute$/.test(e.madeBy ?? "")) {
        problems.push(`${file}: ${e.name} must be made with defineReadRoute (or a wrapper named *ReadRoute), or be listed as public`);
      }
      if (e.name === "*") problems.push(`${file}: \`export *\` hides which methods the route has`);
    }
  }
  if (hasUseServer(source.statements)) {
    for (const e of exported) if (!e.typeOnly && e.madeBy !== "defineAction") problems.push(`${file}: server action ${e.name} must be \`export const ${e.name} = defineAction({...})\``);
  }
  for (const line of inlineUseServer(source)) problems.push(`${file}:${line}: inline "use server" function; put it in a "use server" file made with defineAction`);
  // A page that renders nothing (it only redirects) shows no data and needs no guard.
  if (/^app\/\(portal\)\/.*page\.tsx$/.test(file) && !/\brequire[A-Z]\w*\(/.test(text) && rendersAnything(source)) {
    problems.push(`${file}: a portal page must call requireUser(), requireCan() or another require*() guard (layouts are not access control)`);
  }
  return problems;
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(root, relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

export function findUnguardedPaths(root: string): string[] {
  return ["app", "components", "lib"].flatMap((dir) => sourceFiles(root, dir)).flatMap((file) => findUnguardedPathsIn(file, readFileSync(path.join(root, file), "utf8")));
}
