import { describe, expect, it } from "vitest";
import { formDataObject } from "./form-input";

describe("formDataObject", () => {
  it("gives single values, lists for repeated fields, and drops Next.js's fields", () => {
    const form = new FormData();
    form.append("name", "ci");
    form.append("teams", "payments");
    form.append("teams", "learning");
    form.append("$ACTION_ID_abc", "");
    expect(formDataObject(form)).toEqual({ name: "ci", teams: ["payments", "learning"] });
  });
});
