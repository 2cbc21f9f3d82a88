// Why a request for a cluster, environment or service cannot be answered: 400 for names that
// are not Kubernetes names (checked before any cluster is asked), 404 for unknown ones, 503 for
// a cluster Pier has never reached. Routes turn it into `{ error }` JSON, pages into notFound().
export class LookupError extends Error {
  constructor(
    readonly status: 400 | 404 | 503,
    message: string,
  ) {
    super(message);
    this.name = "LookupError";
  }
}
