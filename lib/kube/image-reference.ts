// An image reference's tag and digest ("registry:5000/learn:3f9c2a1b@sha256:..."): a registry
// port is not a tag. Pure: environments show the tag, readiness judges it.

export interface ImageReference {
  /** Unset when the reference names no tag (the runtime then pulls "latest"). */
  tag?: string;
  /** "sha256:..." when pinned by digest. */
  digest?: string;
}

export function parseImageReference(image: string): ImageReference {
  const [name = "", digest] = image.split("@", 2);
  const colon = name.lastIndexOf(":");
  const tag = colon > name.lastIndexOf("/") ? name.slice(colon + 1) : undefined;
  return { tag, digest };
}
