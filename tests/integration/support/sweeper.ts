// One process of the background-race test: loads the app, says "ready", waits for the start message (on
// the IPC channel: stdin cannot be used, Vite exits when it ends), then runs what `notify-overdue` runs
// (overdue reminders, then the email pump) and prints what it did.
import { deliverPendingEmails } from "~/models/mail.server";
import { remindOverdueQuestions } from "~/models/question.server";
import { db } from "~/utils/db.server";

const go = new Promise<void>((resolve) => process.once("message", () => resolve()));
await db.question.count(); // connected before the start line
process.stdout.write("ready\n");
await go;
const reminded = await remindOverdueQuestions(new Date());
const email = await deliverPendingEmails();
await db.$disconnect();
process.stdout.write(`${JSON.stringify({ reminded, sent: email.sent, failed: email.failed })}\n`);
process.disconnect?.();
