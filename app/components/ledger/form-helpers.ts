// Small helpers for the ledger forms: error keys to text, a zod resolver typed for the form's string values.
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import type { MessageKey, Translate } from "../../i18n";

export const errorText = (t: Translate) => (message?: string | null) => (message ? t(message as MessageKey) : null);

/**
 * The schemas take what a form posts (strings, with preprocessing), so their input type is loose;
 * the form declares the shape of its fields and validates with the same schema as the server.
 */
export function formResolver<T extends FieldValues>(schema: z.ZodType): Resolver<T> {
  return zodResolver(schema as never) as unknown as Resolver<T>;
}

export type ActionResult = {
  intent?: string;
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
};
