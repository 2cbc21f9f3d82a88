import "server-only";
import { notFound } from "next/navigation";
import { LookupError } from "./lookup-error";

/** Pages: an unknown or invalid name is the 404 page (the JSON API says 400 or 404 precisely). */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof LookupError && error.status !== 503) notFound();
    throw error;
  }
}
