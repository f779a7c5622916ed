// What each irreversible step of a vote would do, shown before the supervisor or deputy confirms it.
import type { ConfirmLine } from "~/components/confirm-panel";
import { chinaDate, endOfChinaDay } from "~/domain/deputies/dates";
import { nextState, satisfactionTooSoon } from "~/domain/deputies/votes";
import { isOneOf, BALLOT_CHOICES, SATISFACTION_CHOICES } from "~/domain/vocab";
import type { MessageKey } from "~/i18n";
import { chosenProjectsProgress, deputiesOf, sessionView, type SessionRow } from "~/models/vote.server";
import { askToConfirm } from "~/utils/confirm.server";
import { AppError } from "~/utils/app-error";

type Step = "open_voting" | "close_voting" | "open_satisfaction" | "close_satisfaction";

export async function confirmStep(
  session: SessionRow,
  input: { step: Step; closesOn?: string },
  eligibleIds: number[] | null,
  form: FormData,
) {
  // The same refusals as the step itself, before anything is asked.
  if (!nextState(session.state, input.step)) throw new AppError("deputy.error.sessionState", { status: 409 });
  if (input.closesOn && endOfChinaDay(input.closesOn).getTime() < Date.now())
    throw new AppError("deputy.v.closesInPast", { status: 400 });
  const view = await sessionView(session, null);
  if (input.step === "open_voting" && view.projects.length === 0)
    throw new AppError("deputy.error.noCandidates", { status: 409 });
  if (input.step === "open_satisfaction") {
    const closedDay = session.votingClosesAt ? chinaDate(session.votingClosesAt) : null;
    if (satisfactionTooSoon(closedDay, chinaDate(new Date())))
      throw new AppError("deputy.error.satisfactionSameDay", { status: 409 });
    if (!view.projects.some((p) => p.chosen)) throw new AppError("deputy.error.noChosen", { status: 409 });
  }
  const lines: ConfirmLine[] = [];
  let acknowledge: MessageKey | undefined;
  const closes: ConfirmLine = input.closesOn
    ? { key: "deputy.confirm.closesOn", vars: { day: input.closesOn } }
    : { key: "deputy.confirm.noCloseDate" };
  if (input.step === "open_voting") {
    const eligible = eligibleIds?.length ?? (await deputiesOf(session.jurisdictionId)).length;
    lines.push(
      { key: "deputy.confirm.openVoting", vars: { eligible, candidates: view.projects.length } },
      { key: "deputy.confirm.rule", vars: { needed: Math.floor(eligible / 2) + 1, eligible } },
      closes,
      { key: "deputy.confirm.openVotingFinal", tone: "warning" },
    );
  } else if (input.step === "close_voting") {
    const eligible = view.eligible || view.turnout;
    lines.push(
      { key: "deputy.confirm.turnout", vars: { turnout: view.turnout, eligible: view.eligible } },
      { key: "deputy.confirm.rule", vars: { needed: Math.floor(eligible / 2) + 1, eligible } },
      { key: "deputy.confirm.closeVotingFinal", tone: "warning" },
    );
  } else if (input.step === "open_satisfaction") {
    const chosen = await chosenProjectsProgress(session.id);
    lines.push({ key: "deputy.confirm.openSatisfaction", vars: { count: chosen.length } }, closes);
    for (const project of chosen.filter((p) => p.progress === 0))
      lines.push({ key: "deputy.confirm.zeroProgress", vars: { title: project.title }, tone: "warning" });
    if (chosen.some((p) => p.progress === 0)) acknowledge = "deputy.confirm.zeroAcknowledge";
    lines.push({ key: "deputy.confirm.openSatisfactionFinal", tone: "warning" });
  } else {
    lines.push(
      { key: "deputy.confirm.turnout", vars: { turnout: view.satisfactionTurnout, eligible: view.eligible } },
      { key: "deputy.confirm.closeSatisfactionFinal", tone: "warning" },
    );
  }
  return askToConfirm(
    {
      intent: "step",
      title: `deputy.confirm.title.${input.step}` as MessageKey,
      titleVars: { title: session.title },
      lines,
      button: `deputy.vote.step.${input.step}` as MessageKey,
      acknowledge,
    },
    form,
  );
}

/** The ballot summed up, project by project, before it is cast for good. */
export function confirmBallot(
  intent: "ballot" | "satisfaction",
  projects: { id: number; title: string }[],
  sheet: Record<string, string>,
  form: FormData,
) {
  const choices: readonly string[] = intent === "ballot" ? BALLOT_CHOICES : SATISFACTION_CHOICES;
  const lines: ConfirmLine[] = projects
    .filter((p) => sheet[String(p.id)] !== undefined)
    .map((p) => {
      const choice = sheet[String(p.id)]!;
      if (!isOneOf(choices, choice)) throw new AppError("deputy.v.choice", { status: 400 });
      return {
        key: "deputy.confirm.ballotLine",
        vars: { title: p.title, choice: { key: `deputy.choice.${choice}` as MessageKey } },
      };
    });
  lines.push({ key: "deputy.confirm.ballotFinal", tone: "warning" });
  return askToConfirm(
    {
      intent,
      title: intent === "ballot" ? "deputy.confirm.ballotTitle" : "deputy.confirm.satisfactionTitle",
      lines,
      button: "deputy.confirm.cast",
    },
    form,
  );
}
