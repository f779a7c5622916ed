-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN "paragraph" TEXT;

-- CreateTable
CREATE TABLE "OverdueReminder" (
    "questionId" INTEGER NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("questionId", "dueAt"),
    CONSTRAINT "OverdueReminder_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- Reminders sent before this table existed count as sent (one per question and due date).
INSERT INTO "OverdueReminder" ("questionId", "dueAt", "createdAt")
SELECT q."id", q."dueAt", min(n."createdAt")
FROM "Question" q
JOIN "Notification" n ON n."kind" = 'question.overdue' AND n."link" = '/questions/' || q."id" AND n."createdAt" >= q."dueAt"
GROUP BY q."id", q."dueAt";
