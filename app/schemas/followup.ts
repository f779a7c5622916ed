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
  })
  .refine((v) => v.verdict === v.proposed || v.reason.length > 0, {
    path: ["reason"],
    error: "followup.v.reasonRequired",
  });
