// Supervisor decisions on follow-ups, shared by the review form and the server. Messages are i18n keys.
import { z } from "zod";
import { VERDICTS } from "~/domain/vocab";
import { plainString } from "~/schemas/plain-text";

export const followUpDecisionSchema = z
  .object({
    intent: z.literal("decide"),
    id: z.coerce.number().int().positive(),
    /** The proposal's version as shown: a change in between is refused. */
    updatedAt: z.iso.datetime(),
    /** The proposed verdict as shown, so the browser can ask for a reason; the server uses its own. */
    proposed: z.enum(VERDICTS),
    verdict: z.enum(VERDICTS, { error: "followup.v.verdict" }),
    reason: plainString().trim().max(1000, { error: "v.tooLong" }).default(""),
    /** The result sentence picked or pasted from the later report (checked against its text on the server). */
    resultQuote: plainString().trim().max(600, { error: "v.tooLong" }).default(""),
    /** One figure of that sentence as "value|unit", or empty for none. */
    resultFigure: z
      .string()
      .max(40)
      .regex(/^(-?\d+(\.\d+)?\|[^|]{0,20})?$/, { error: "followup.v.figure" })
      .default(""),
  })
  .refine((v) => v.verdict === v.proposed || v.reason.length > 0, {
    path: ["reason"],
    error: "followup.v.reasonRequired",
  });

/** "1.69|万人" → { value: 1.69, unit: "万人" }; "" → no figure. */
export function parseFigure(figure: string): { value: number | null; unit: string | null } {
  if (!figure) return { value: null, unit: null };
  const [value, unit] = figure.split("|") as [string, string];
  return { value: Number(value), unit: unit || null };
}

export function figureValue(value: number | null, unit: string | null): string {
  return value === null ? "" : `${value}|${unit ?? ""}`;
}
