// Small helpers for the ledger forms: a zod resolver typed for the form's string values, defaults in the HTML.
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Path, RegisterOptions, Resolver, UseFormRegister } from "react-hook-form";
import type { z } from "zod";

/**
 * The schemas take what a form posts (strings, with preprocessing), so their input type is loose;
 * the form declares the shape of its fields and validates with the same schema as the server.
 */
export function formResolver<T extends FieldValues>(schema: z.ZodType): Resolver<T> {
  return zodResolver(schema as never) as unknown as Resolver<T>;
}

function valueAt(values: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      values,
    );
}

/**
 * `register` plus the default value in the HTML itself: react-hook-form sets defaults only once the
 * script runs, and the forms must show them (and keep what was typed after an error) without JavaScript.
 */
export function withDefaults<T extends FieldValues>(register: UseFormRegister<T>, defaults: T) {
  const field = (name: Path<T>, options?: RegisterOptions<T, Path<T>>) => {
    const value = valueAt(defaults, name);
    return { ...register(name, options), defaultValue: value === null || value === undefined ? "" : String(value) };
  };
  const checkbox = (name: Path<T>, value?: string) => {
    const current = valueAt(defaults, name);
    const checked = Array.isArray(current)
      ? current.map(String).includes(value ?? "")
      : current === true || current === "on";
    return { ...register(name), defaultChecked: checked, ...(value !== undefined ? { value } : {}) };
  };
  return { field, checkbox };
}
