import "server-only";
import { parseEnv } from "./env-schema";

// The only reader of process.env in portal code. Parsed once; a bad value throws at first use
// with the variable named (the start supervisor validates the same schema before serving).
export const env = parseEnv(process.env);
export type { Env } from "./env-schema";
