// A one-time password, shown once to the administrator to pass on.
import { FlashNotice } from "~/components/flash-notice";
import { useT } from "~/i18n/use-t";

export function OneTimePassword({
  email,
  password,
  messageKey,
}: {
  email: string;
  password: string;
  messageKey: "admin.users.invited" | "admin.users.wasReset";
}) {
  const t = useT();
  return (
    <FlashNotice as="div">
      <p>{t(messageKey, { email })}</p>
      <p>
        <label htmlFor="one-time-password">{t("admin.users.oneTimePassword")}</label>
        <input id="one-time-password" type="text" readOnly value={password} className="mono" />
      </p>
      <p className="small">{t("admin.users.oneTimeHint")}</p>
    </FlashNotice>
  );
}
