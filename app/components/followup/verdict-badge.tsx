// A verdict as a coloured badge with its words (colour is never the only signal).
import { isOneOf, VERDICTS } from "~/domain/vocab";
import { useT } from "~/i18n/use-t";
import { VERDICT_TONE } from "~/components/followup/format";
import { VERDICT_LABELS } from "~/components/labels";

export function VerdictBadge({ verdict, proposed = false }: { verdict: string; proposed?: boolean }) {
  const t = useT();
  if (!isOneOf(VERDICTS, verdict)) return null;
  return (
    <span className={`badge ${VERDICT_TONE[verdict]}`}>
      {t(VERDICT_LABELS[verdict].label)}
      {proposed ? `（${t("followup.state.proposed")}）` : null}
    </span>
  );
}
