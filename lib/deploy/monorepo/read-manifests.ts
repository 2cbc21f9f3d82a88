import { parseAllDocuments } from "yaml";
import { InvalidInputError } from "@/lib/audit/door/door-errors";
import type { KubeObject, SourcedObject } from "../apply/kube-object";
import type { Monorepo } from "./monorepo";
import { readBlobs, runGit } from "./run-git";

// The monorepo convention: every service is services/<name>/, its manifests are the YAML files
// directly in services/<name>/kubernetes/ (applied on every deploy), and Jobs run on request
// live in services/<name>/kubernetes/jobs/<job>.yaml. Plain YAML, many documents per file.

const SERVICE_FILE = /^services\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/kubernetes\/([^/]+\.ya?ml)$/;
const JOB_FILE = /^services\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/kubernetes\/jobs\/([^/]+)\.ya?ml$/;

function invalid(path: string, message: string): never {
  throw new InvalidInputError("commit", `${path}: ${message}`);
}

/** Parses one manifest file into objects; refuses what the convention forbids (a namespace in a manifest). */
export function parseManifestFile(path: string, text: string): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) invalid(path, doc.errors[0]!.message);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    const object = value as Partial<KubeObject>;
    if (typeof object !== "object" || typeof object.apiVersion !== "string" || typeof object.kind !== "string" || typeof object.metadata?.name !== "string") {
      invalid(path, "every document needs apiVersion, kind and metadata.name");
    }
    if (object.kind === "Namespace") invalid(path, "manifests never create a Namespace (the deploy chooses it)");
    if (object.metadata!.namespace) invalid(path, `metadata.namespace "${object.metadata!.namespace}" is not allowed: the deploy chooses the namespace`);
    objects.push(object as KubeObject);
  }
  return objects;
}

async function readFiles(repo: Monorepo, sha: string, paths: Array<{ path: string; service: string }>): Promise<SourcedObject[]> {
  const blobs = await readBlobs(repo.dir, paths.map((p) => `${sha}:${p.path}`));
  return paths.flatMap(({ path, service }) => parseManifestFile(path, blobs.get(`${sha}:${path}`) ?? "").map((object) => ({ service, path, object })));
}

async function listFiles(repo: Monorepo, sha: string): Promise<string[]> {
  return (await runGit(repo.dir, ["ls-tree", "-r", "--name-only", sha, "--", "services/"])).split("\n").filter(Boolean);
}

/** Every service's manifests at a commit (services/<name>/kubernetes/*.yaml), by service and file. */
export async function readServiceManifests(repo: Monorepo, sha: string): Promise<SourcedObject[]> {
  const files = (await listFiles(repo, sha)).flatMap((path) => {
    const match = SERVICE_FILE.exec(path);
    return match ? [{ path, service: match[1]! }] : [];
  });
  return readFiles(repo, sha, files);
}

/** The Jobs named `job` of every service at a commit (services/<name>/kubernetes/jobs/<job>.yaml). */
export async function readJobManifests(repo: Monorepo, sha: string, job: string): Promise<SourcedObject[]> {
  const files = (await listFiles(repo, sha)).flatMap((path) => {
    const match = JOB_FILE.exec(path);
    return match && match[3] === job ? [{ path, service: match[1]! }] : [];
  });
  return readFiles(repo, sha, files);
}
