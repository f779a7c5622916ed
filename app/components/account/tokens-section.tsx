// Personal API tokens: the list (never the tokens themselves), a new one shown once, revoking.
import { Form } from "@remix-run/react";
import { ConfirmPanel, type ConfirmRequest } from "~/components/confirm-panel";
import { Field, SelectField } from "~/components/field";
import { FlashNotice } from "~/components/flash-notice";
import { useFormFields } from "~/components/use-form-fields";
import { beijingTime } from "~/domain/ledger/format";
import { errorText } from "~/i18n";
import { rich } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { TOKEN_DAY_CHOICES, tokenCreateSchema } from "~/schemas/account";
import { DataTable } from "~/components/data-table";

export interface TokenView {
  id: number;
  label: string | null;
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
  expiresAt: Date | string;
  state: "active" | "expired" | "revoked";
}

type Values = { label: string; days: string };

export function TokensSection({
  tokens,
  created,
  confirm,
  errors: serverErrors = {},
}: {
  tokens: TokenView[];
  created?: { token: string; label: string; expiresAt: Date | string } | null;
  confirm?: ConfirmRequest | null;
  errors?: Record<string, string>;
}) {
  const t = useT();
  const tr = errorText(t);
  const defaults: Values = { label: "", days: "90" };
  const { bind, onSubmit } = useFormFields<Values>(tokenCreateSchema, defaults, serverErrors);
  const time = (d: Date | string | null) => (d ? beijingTime(new Date(d)) : "—");
  return (
    <section className="card" aria-labelledby="tokens-heading" id="tokens">
      <h2 id="tokens-heading">{t("account.tokens.title")}</h2>
      <p className="muted small">{rich(t, "account.tokens.intro", { header: <code>Authorization: Bearer …</code> })}</p>
      {created ? (
        <FlashNotice as="div">
          <p>{t("account.tokens.created", { label: created.label, expires: time(created.expiresAt) })}</p>
          <p>
            <label htmlFor="new-token">{t("account.tokens.copyOnce")}</label>
            <input id="new-token" type="text" readOnly value={created.token} className="mono" />
          </p>
        </FlashNotice>
      ) : null}
      {confirm ? <ConfirmPanel request={confirm} /> : null}
      {serverErrors.tokenId ? (
        <p className="notice error" role="alert">
          {tr(serverErrors.tokenId)}
        </p>
      ) : null}
      {tokens.length === 0 ? (
        <p>{t("account.tokens.none")}</p>
      ) : (
        <DataTable
          columns={[
            t("account.tokens.label"),
            t("account.tokens.createdAt"),
            t("account.tokens.expiresAt"),
            t("account.tokens.lastUsed"),
            t("account.tokens.state"),
            <span className="visually-hidden">{t("account.tokens.actions")}</span>,
          ]}
          className="cards-on-phone"
        >
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row" data-label={t("account.tokens.label")}>
                {token.label ?? `#${token.id}`}
              </th>
              <td data-label={t("account.tokens.createdAt")}>{time(token.createdAt)}</td>
              <td data-label={t("account.tokens.expiresAt")}>{time(token.expiresAt)}</td>
              <td data-label={t("account.tokens.lastUsed")}>{time(token.lastUsedAt)}</td>
              <td data-label={t("account.tokens.state")}>{t(`account.tokens.${token.state}`)}</td>
              <td>
                {token.state === "active" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="token_revoke" />
                    <input type="hidden" name="tokenId" value={token.id} />
                    <button type="submit" className="secondary">
                      {t("account.tokens.revoke")}
                      <span className="visually-hidden">: {token.label ?? `#${token.id}`}</span>
                    </button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Form method="post" noValidate onSubmit={onSubmit} className="subform">
        <h3>{t("account.tokens.new")}</h3>
        <input type="hidden" name="intent" value="token_create" />
        <div className="form-grid">
          <Field
            label={t("account.tokens.label")}
            type="text"
            hint={t("account.tokens.labelHint")}
            {...bind("label")}
          />
          <SelectField label={t("account.tokens.days")} {...bind("days")}>
            {TOKEN_DAY_CHOICES.map((d) => (
              <option key={d} value={d}>
                {t("account.tokens.daysOption", { count: d })}
              </option>
            ))}
          </SelectField>
        </div>
        <button type="submit">{t("account.tokens.create")}</button>
      </Form>
    </section>
  );
}
