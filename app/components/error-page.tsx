// The one error display: a message chosen by HTTP status (or the error's own message key), never the raw
// error text of a 500.
import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { errorMessage, readErrorBody } from "~/i18n/errors";
import { useT } from "~/i18n/use-t";

export function ErrorPage() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const body = isRouteErrorResponse(error) && status < 500 ? readErrorBody(error.data) : null;
  const detail = body ? errorMessage(t, body) : null;
  const message =
    status === 404
      ? t("error.404")
      : status === 403
        ? t("error.403")
        : status === 401
          ? t("error.401")
          : status < 500
            ? (detail ?? t("error.title"))
            : t("error.500");
  return (
    <div className="card" role="alert">
      <h1>
        {status} · {t("error.title")}
      </h1>
      <p>{message}</p>
      {detail && detail !== message && body?.code !== "http.notFound" ? <p className="muted">{detail}</p> : null}
      <p>
        <Link to="/">{t("error.backHome")}</Link>
      </p>
    </div>
  );
}
