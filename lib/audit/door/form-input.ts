// A submitted form as a plain object for the input schema: one value per field, or a list when
// the field repeats (checkboxes). Next.js's own `$ACTION_...` fields and files are left out.

export function formDataObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((value): value is string => typeof value === "string");
    if (values.length === 1) out[key] = values[0]!;
    else if (values.length > 1) out[key] = values;
  }
  return out;
}
