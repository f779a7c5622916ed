// Form fields named like "links.0.url" (what react-hook-form gives nested values) back into objects and arrays.

type Nested = { [key: string]: Nested | string | string[] } | Nested[];

/** `{"links.0.url": "x"}` → `{ links: [{ url: "x" }] }`; fields listed in `lists` keep every value (checkbox groups). */
export function nestedFormValues(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (lists.includes(name)) {
      root[name] = form.getAll(name).filter((v): v is string => typeof v === "string");
      continue;
    }
    const path = name.split(".");
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const key = /^\d+$/.test(part) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        if (container[key] === undefined) container[key] = value;
        return;
      }
      if (container[key] === undefined) container[key] = /^\d+$/.test(path[i + 1]!) ? [] : {};
      node = container[key] as Nested;
    });
  }
  return root;
}
