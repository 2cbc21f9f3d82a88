// A failed patch: the HTTP layer turns it into the apiserver's Status (400 for a patch that
// cannot be decoded, 422 for one that does not apply).
export class PatchError extends Error {
  constructor(
    readonly code: 400 | 422,
    message: string,
  ) {
    super(message);
  }
}
