// Small status marks of the deputy pages: traffic light, question state, assessment, session state.
import type { ProgressState } from "~/domain/progress/expected";
import type { QuestionStatus } from "~/domain/deputies/questions";
import { useT } from "~/i18n/use-t";
import { LIGHT_LABELS, OVERDUE_LABEL } from "~/components/labels";

export function LightBadge({ state }: { state: Pick<ProgressState, "light" | "overdue"> }) {
  const t = useT();
  if (!state.light) return <span className="badge">{t(LIGHT_LABELS.none.label)}</span>;
  return (
    <span className={`badge ${state.light}`}>
      {state.overdue ? t(OVERDUE_LABEL) : t(LIGHT_LABELS[state.light].label)}
    </span>
  );
}

export function QuestionBadge({ status }: { status: QuestionStatus }) {
  const t = useT();
  if (status.state === "answered") {
    return (
      <span className={`badge ${status.late ? "yellow" : "green"}`}>
        {status.late ? t("deputy.q.answeredLate") : t("deputy.q.answered")}
      </span>
    );
  }
  if (status.state === "overdue") {
    return (
      <span className="badge red">
        {t("deputy.q.overdueDays", { days: status.daysOverdue })} ·{" "}
        {t("deputy.q.waiting", { days: status.daysWaiting })}
      </span>
    );
  }
  return <span className="badge">{t("deputy.q.waiting", { days: status.daysWaiting })}</span>;
}

const ASSESSMENT_CLASS = { on_track: "green", behind: "yellow", doubts: "red" } as const;

export function AssessmentBadge({ assessment }: { assessment: string }) {
  const t = useT();
  const key = assessment as keyof typeof ASSESSMENT_CLASS;
  return <span className={`badge ${ASSESSMENT_CLASS[key] ?? ""}`}>{t(`deputy.assessment.${key}`)}</span>;
}

export function SessionStateBadge({ state }: { state: string }) {
  const t = useT();
  const key = (["draft", "voting", "decided", "satisfaction", "closed"].includes(state) ? state : "draft") as
    | "draft"
    | "voting"
    | "decided"
    | "satisfaction"
    | "closed";
  return (
    <span className={`badge ${key === "voting" || key === "satisfaction" ? "yellow" : ""}`}>
      {t(`deputy.session.${key}`)}
    </span>
  );
}
