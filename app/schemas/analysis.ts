// The analyser's output checked at the boundary, before any of it touches the database.
import { z } from "zod";
import { REPORT_LEVELS } from "~/domain/report/places";
import { COMPARATORS, KINDS, SECTION_PARTS } from "~/domain/vocab";

const offset = z.number().int().nonnegative();
const text = (max: number) => z.string().max(max);

export const analysedReportSchema = z.object({
  report: z.object({
    jurisdiction: text(100).nullable(),
    level: z.enum(REPORT_LEVELS).nullable().optional(),
    year: z.number().int().min(1949).max(2100).nullable(),
    title: text(300).nullable(),
    reviewPeriod: text(50).nullable(),
    planYear: z.number().int().min(1949).max(2100).nullable(),
    meeting: text(300).nullable(),
    speaker: text(200).nullable(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
  }),
  sections: z.array(
    z.object({
      heading: text(1000),
      level: z.number().int().min(0).max(9),
      part: z.enum(SECTION_PARTS),
      start: offset,
      end: offset,
    }),
  ),
  commitments: z.array(
    z.object({
      quote: z.string().min(1).max(5000),
      start: offset,
      end: offset,
      section: text(1000),
      sector: text(100).nullable(),
      kind: z.enum(KINDS),
      metric: z.string().min(1).max(300),
      target: z.number().finite().nullable(),
      unit: text(50).nullable(),
      comparator: z.enum(COMPARATORS).nullable(),
      growth: z.boolean(),
      deadline: z.number().int().min(1949).max(2100).nullable(),
      entities: z.array(text(300)),
    }),
  ),
  results: z.array(
    z.object({
      quote: z.string().min(1).max(5000),
      start: offset,
      end: offset,
      section: text(1000),
      kind: z.enum(KINDS),
      metric: z.string().min(1).max(300),
      value: z.number().finite().nullable(),
      unit: text(50).nullable(),
      growth: z.boolean(),
      period: text(50).nullable(),
      estimated: z.boolean(),
      entities: z.array(text(300)),
    }),
  ),
});

export type AnalysedReportInput = z.infer<typeof analysedReportSchema>;
