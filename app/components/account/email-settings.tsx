// Email on or off for each group of notifications (the inbox always keeps them).
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { EMAIL_GROUPS, type EmailGroup } from "~/models/notification-kinds";

export function EmailSettings({
  settings,
  mailEnabled,
}: {
  settings: Record<EmailGroup, boolean>;
  mailEnabled: boolean;
}) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="email-heading" id="email">
      <h2 id="email-heading">{t("account.email.title")}</h2>
      <p className="muted small">{t(mailEnabled ? "account.email.intro" : "account.email.noSmtp")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="email" />
        <fieldset>
          <legend>{t("account.email.legend")}</legend>
          {EMAIL_GROUPS.map((group) => (
            <label key={group} className="checkbox">
              <input type="checkbox" name="email" value={group} defaultChecked={settings[group]} />{" "}
              {t(`account.email.group.${group}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t("account.email.save")}</button>
      </Form>
    </section>
  );
}
