-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "paragraph" TEXT;

-- CreateTable
CREATE TABLE "OverdueReminder" (
    "questionId" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OverdueReminder_pkey" PRIMARY KEY ("questionId","dueAt")
);

-- AddForeignKey
ALTER TABLE "OverdueReminder" ADD CONSTRAINT "OverdueReminder_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reminders sent before this table existed count as sent (one per question and due date).
INSERT INTO "OverdueReminder" ("questionId", "dueAt", "createdAt")
SELECT q."id", q."dueAt", min(n."createdAt")
FROM "Question" q
JOIN "Notification" n ON n."kind" = 'question.overdue' AND n."link" = '/questions/' || q."id" AND n."createdAt" >= q."dueAt"
GROUP BY q."id", q."dueAt";


-- Cache invalidation: every table gets its NOTIFY trigger.
SELECT "taizhang_ensure_notify_triggers"();
