// On the review screen: this text restates a report already imported; link it to that report or drop it.
import { Form, Link } from "@remix-run/react";
import type { RestatementState } from "~/models/restatement.server";
import { errorText } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";

export function RestatementNotice({
  state,
  reviewing,
  error,
  busy,
}: {
  state: RestatementState;
  reviewing: boolean;
  error?: string | null;
  busy: boolean;
}) {
  const t = useT();
  if (state.linked) {
    return (
      <p className="notice" role="status">
        {rich(t, "ledger.restatement.linked", {
          title: (
            <Link to={`/review/${state.linked.id}`}>
              <Zh>{state.linked.title}</Zh>
            </Link>
          ),
        })}
      </p>
    );
  }
  const found = state.found;
  if (!found) return null;
  const percent = (share: number) => Math.round(share * 100);
  return (
    <section className="card restatement" aria-labelledby="restatement-title">
      <h2 id="restatement-title">{t("ledger.restatement.title")}</h2>
      <p>
        {rich(t, "ledger.restatement.found", {
          title: (
            <Link to={`/review/${found.of}`}>
              <Zh>{found.title}</Zh>
            </Link>
          ),
          text: percent(found.textShare),
          shared: found.sharedPromises,
          promises: percent(found.promiseShare),
        })}
      </p>
      <p className="muted">{t(reviewing ? "ledger.restatement.advice" : "ledger.restatement.tooLate")}</p>
      {error ? (
        <p className="notice error" role="alert">
          {errorText(t)(error)}
        </p>
      ) : null}
      {reviewing ? <Actions restatesId={found.of} busy={busy} /> : null}
    </section>
  );
}

function Actions({ restatesId, busy }: { restatesId: number; busy: boolean }) {
  const t = useT();
  return (
    <div className="row">
      <Form method="post">
        <input type="hidden" name="intent" value="linkRestatement" />
        <input type="hidden" name="restatesId" value={restatesId} />
        <button type="submit" disabled={busy}>
          {t("ledger.restatement.link")}
        </button>
      </Form>
      <Form method="post" className="row">
        <input type="hidden" name="intent" value="dropRestatement" />
        <label className="checkbox-field">
          <input type="checkbox" name="confirm" value="yes" required />
          {t("ledger.restatement.dropConfirm")}
        </label>
        <button type="submit" className="secondary" disabled={busy}>
          {t("ledger.restatement.drop")}
        </button>
      </Form>
    </div>
  );
}
