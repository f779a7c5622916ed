// Due dates against today (both calendar days, yyyy-mm-dd, China time).

/** A due date before today is allowed, but only after a warning: it makes the item overdue at once. */
export function dueInPast(day: string | null | undefined, today: string): boolean {
  return !!day && day < today;
}
