// Errors the door turns into HTTP answers and audit outcomes. Domain code throws them from
// `run` (or from what `target` looks up); anything else is a 500 and a "failed" record.

export class DoorError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing acted on does not exist (or is not the caller's to see): 404. */
export class NotFoundError extends DoorError {
  constructor(message: string) {
    super(404, message);
  }
}

/** The request is valid but conflicts with the current state: 409. */
export class ConflictError extends DoorError {
  constructor(message: string) {
    super(409, message);
  }
}

/** Input that passed the schema but not a rule only the domain knows: 422, naming the field. */
export class InvalidInputError extends DoorError {
  constructor(field: string, message: string) {
    super(422, `${field}: ${message}`, { [field]: message });
  }
}

/** Refused for a reason the rules cannot see (e.g. a token's role no longer held): 403. */
export class DeniedError extends DoorError {
  constructor(reason: string) {
    super(403, reason);
  }
}
