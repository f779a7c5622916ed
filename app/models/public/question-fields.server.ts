// What a question and its answers show to anyone: the text, its dates, the rating, who asked (by name).

export const publicQuestionFields = {
  id: true,
  body: true,
  createdAt: true,
  dueAt: true,
  answeredAt: true,
  rating: true,
  asker: { select: { name: true } },
} as const;

export const publicAnswerFields = { id: true, body: true, createdAt: true } as const;
