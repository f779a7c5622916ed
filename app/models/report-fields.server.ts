// Groups of report fields that several queries select together; each query still names the rest.

/** A report's text, its year and review period, and its outline in order: what reading its review part needs. */
export const reviewTextFields = {
  year: true,
  reviewPeriod: true,
  text: true,
  sections: { orderBy: { ordinal: "asc" }, select: { heading: true, part: true, start: true, end: true } },
} as const;
