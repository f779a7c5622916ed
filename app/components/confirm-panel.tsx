// The one confirmation step of an irreversible action. The action answers a post without `confirm=yes`
// with what would happen (nothing is changed); this panel shows it and posts the same fields again
// with `confirm=yes`. Works without JavaScript; the layout moves focus here when it appears.
import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { richData } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";

/** A value in a message: plain text, or a message key translated on the page. */
export type ConfirmVar = string | number | { key: MessageKey };

export interface ConfirmLine {
  key: MessageKey;
  vars?: Record<string, ConfirmVar>;
  tone?: "warning";
}

export interface ConfirmRequest {
  intent: string;
  title: MessageKey;
  titleVars?: Record<string, ConfirmVar>;
  lines: ConfirmLine[];
  /** The fields posted again, as they came (the server reads them afresh and checks them again). */
  fields: [string, string][];
  button: MessageKey;
  /** A box the person must tick as well (e.g. satisfaction voting on projects at 0 %). */
  acknowledge?: MessageKey;
}

export function ConfirmPanel({ request, action }: { request: ConfirmRequest; action?: string }) {
  const t = useT();
  const location = useLocation();
  const navigation = useNavigation();
  const fill = (vars?: Record<string, ConfirmVar>) =>
    vars
      ? Object.fromEntries(
          Object.entries(vars).map(([name, v]) => [name, typeof v === "object" ? t(v.key) : v] as const),
        )
      : undefined;
  const id = `confirm-${request.intent}`;
  return (
    <section
      className="card confirm-panel"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-lines`}
      tabIndex={-1}
      data-confirm
    >
      <h2 id={`${id}-title`}>{richData(t, request.title, fill(request.titleVars))}</h2>
      <ul id={`${id}-lines`} className="confirm-lines">
        {request.lines.map((line, i) => (
          <li key={i} className={line.tone === "warning" ? "warning" : undefined}>
            {richData(t, line.key, fill(line.vars))}
          </li>
        ))}
      </ul>
      <Form method="post" action={action} replace>
        {request.fields.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirm" value="yes" />
        {request.acknowledge ? (
          <label className="checkbox acknowledge">
            <input type="checkbox" name="acknowledge" value="yes" required /> {t(request.acknowledge)}
          </label>
        ) : null}
        <div className="row">
          <button type="submit" disabled={navigation.state === "submitting"}>
            {t(request.button)}
          </button>
          <Link to={location.pathname + location.search} className="button secondary" replace>
            {t("confirm.cancel")}
          </Link>
        </div>
      </Form>
    </section>
  );
}
