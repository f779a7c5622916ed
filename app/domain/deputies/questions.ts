// 询问 deadlines: when a deputy's question is due, and whether it is open, overdue or answered.
import { addDays, calendarDaysBetween, chinaDate, endOfChinaDay } from "~/domain/deputies/dates";

/** Days a department has to answer unless the supervisor sets another date. */
export const DEFAULT_ANSWER_DAYS = 15;

export type QuestionState = "open" | "overdue" | "answered";

export interface QuestionTiming {
  createdAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
}

export interface QuestionStatus {
  state: QuestionState;
  /** Answered after the due date. */
  late: boolean;
  /** Calendar days since it was asked, until answered or today ("unanswered for N days"). */
  daysWaiting: number;
  /** Calendar days past the due date (0 when not overdue). */
  daysOverdue: number;
}

/** The default due date: the end of the 15th China calendar day after the day it was asked. */
export function defaultDueAt(askedAt: Date, days = DEFAULT_ANSWER_DAYS): Date {
  return endOfChinaDay(addDays(chinaDate(askedAt), days));
}

/** A due date set by the supervisor (a calendar date) as the instant the day ends. */
export function dueAtFromDate(ymd: string): Date {
  return endOfChinaDay(ymd);
}

/** A due date may not fall before the day the question was asked. */
export function isValidDueDate(ymd: string, askedAt: Date): boolean {
  return ymd >= chinaDate(askedAt);
}

export function questionStatus(question: QuestionTiming, today: Date): QuestionStatus {
  if (question.answeredAt) {
    return {
      state: "answered",
      late: question.answeredAt.getTime() > question.dueAt.getTime(),
      daysWaiting: Math.max(0, calendarDaysBetween(question.createdAt, question.answeredAt)),
      daysOverdue: 0,
    };
  }
  const overdue = today.getTime() > question.dueAt.getTime();
  return {
    state: overdue ? "overdue" : "open",
    late: false,
    daysWaiting: Math.max(0, calendarDaysBetween(question.createdAt, today)),
    daysOverdue: overdue ? Math.max(1, calendarDaysBetween(question.dueAt, today)) : 0,
  };
}
