// How a deputy's question reads in public: answered, waiting, or overdue for so many days.

const DAY = 24 * 60 * 60 * 1000;

export interface QuestionTimes {
  createdAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
}

export interface QuestionState {
  answered: boolean;
  overdue: boolean;
  /** Whole days since it was asked (until answered, or until today). */
  daysOpen: number;
}

export function questionState(q: QuestionTimes, today: Date): QuestionState {
  const until = q.answeredAt ?? today;
  return {
    answered: q.answeredAt !== null,
    overdue: q.answeredAt === null && today.getTime() > q.dueAt.getTime(),
    daysOpen: Math.max(0, Math.floor((until.getTime() - q.createdAt.getTime()) / DAY)),
  };
}
