// Status, traffic light and progress, always with words (colour is never the only signal).
import type { ProgressState } from "~/domain/progress/expected";
import type { Status } from "~/domain/vocab";
import { useT } from "~/i18n/use-t";
import { LIGHT_LABELS, OVERDUE_LABEL, STATUS_LABELS } from "~/components/labels";

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return <span className={`badge ${STATUS_LABELS[status].tone}`}>{t(STATUS_LABELS[status].label)}</span>;
}

export function LightBadge({ state }: { state: Pick<ProgressState, "light" | "pace" | "overdue" | "gap"> }) {
  const t = useT();
  if (!state.light) return <span className="muted small">—</span>;
  const label = state.overdue ? t(OVERDUE_LABEL) : t(`ledger.pace.${state.pace ?? "on_track"}`);
  return (
    <span className={`badge ${state.light}`} title={t(LIGHT_LABELS[state.light].label)}>
      <span aria-hidden="true">●</span>
      {/* One text node (React separates adjacent ones with a comment). */}
      {` ${label}${!state.overdue && state.gap !== null && state.gap < 0 ? ` ${state.gap}` : ""}`}
    </span>
  );
}

export function ProgressBar({ progress, expected }: { progress: number; expected?: number | null }) {
  const t = useT();
  return (
    <span className="progress-bar" title={t("ledger.progressOf", { progress, expected: expected ?? "—" })}>
      <span className="progress-fill" style={{ width: `${Math.max(0, Math.min(100, progress))}%` }} />
      {expected !== null && expected !== undefined ? (
        <span className="progress-expected" style={{ left: `${expected}%` }} aria-hidden="true" />
      ) : null}
      <span className="progress-text">{`${progress}%`}</span>
    </span>
  );
}
