import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { UpdateCard } from "~/components/ledger/update-card";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { pendingUpdates, reviewUpdate, updateScope } from "~/models/update.server";
import { reviewUpdateSchema } from "~/schemas/ledger";
import ledgerStyles from "~/styles/ledger.css?url";
import { requirePermission, requireUser } from "~/utils/auth.server";
import { formValues, parseForm, readForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formFailure } from "~/utils/form-failure.server";
import { LedgerBreadcrumb } from "~/components/ledger/ledger-breadcrumb";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.verify.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  requirePermission(user, "update.review", { jurisdictionId: user.jurisdictionId });
  return { updates: await pendingUpdates(user.jurisdictionId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  requirePermission(user, "update.review", { jurisdictionId: user.jurisdictionId });
  const form = await readForm(request);
  const parsed = parseForm(reviewUpdateSchema, form);
  if (!parsed.ok)
    return formFailure(null, parsed.errors, formValues(form), { extra: { updateId: Number(form.get("updateId")) } });
  const scope = await updateScope(parsed.data.updateId);
  if (!scope) throw notFound();
  requirePermission(user, "update.review", { jurisdictionId: scope.commitment.jurisdictionId });
  try {
    await reviewUpdate({ ...parsed.data, actor: { id: user.id, name: user.name } });
  } catch (error) {
    return formFailure(null, error, formValues(form), { extra: { updateId: parsed.data.updateId } });
  }
  return redirect(`/ledger/verify?saved=${parsed.data.decision === "publish" ? "published" : "returned"}`);
}

export default function VerifyQueue() {
  const { updates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const saved = params.get("saved");
  return (
    <div className="ledger">
      <LedgerBreadcrumb />
      <h1>{t("ledger.verify.title")}</h1>
      <p className="muted">{t("ledger.verify.intro")}</p>
      {saved ? (
        <p className="notice success" role="status">
          {t(`ledger.saved.${saved}` as MessageKey)}
        </p>
      ) : null}
      {actionData?.errors && !actionData.errors.reason ? (
        <p className="notice error" role="alert">
          {t(Object.values(actionData.errors)[0] as MessageKey)}
        </p>
      ) : null}
      {updates.length === 0 ? <p>{t("ledger.verify.empty")}</p> : null}
      {updates.map((u) => (
        <UpdateCard
          key={u.id}
          update={u}
          canReview
          headingLevel={2}
          errors={actionData?.updateId === u.id ? actionData.errors : undefined}
        />
      ))}
    </div>
  );
}
