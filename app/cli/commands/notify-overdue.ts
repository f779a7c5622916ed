// `notify-overdue [--jurisdiction SLUG_OR_NAME]`: overdue reminders for unanswered questions (idempotent),
// then the pending emails when SMTP_URL is set. Meant for cron; safe to run while the server runs.
import { findJurisdiction } from "~/models/jurisdiction.server";
import { deliverPendingEmails } from "~/models/mail.server";
import { remindOverdueQuestions } from "~/models/question.server";
import { CliError, parseFlags, printJson, type Command } from "~/cli/command";

const notifyOverdue: Command = async (args) => {
  const { values } = parseFlags(args, { jurisdiction: { type: "string" } });
  let jurisdictionId: number | undefined;
  if (values.jurisdiction) {
    const found = await findJurisdiction(values.jurisdiction);
    if (!found) throw new CliError(`Unknown jurisdiction "${values.jurisdiction}"`);
    jurisdictionId = found.id;
  }
  const reminded = await remindOverdueQuestions(new Date(), jurisdictionId);
  const email = await deliverPendingEmails();
  printJson({ reminded, emailed: email.sent, emailFailed: email.failed });
  return email.failed > 0 ? 1 : 0;
};

export default notifyOverdue;
