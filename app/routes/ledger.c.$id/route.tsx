import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConfirmPanel, type ConfirmRequest } from "~/components/confirm-panel";
import { AssignForm, type AssignValues } from "~/components/ledger/assign-form";
import { LightBadge, ProgressBar, StatusBadge } from "~/components/ledger/badges";
import { ActualValueEntry, UpdateCard } from "~/components/ledger/update-card";
import { UpdateForm, type UpdateValues } from "~/components/ledger/update-form";
import { SubTasks } from "~/components/ledger/sub-tasks";
import { SectorName } from "~/components/sector-name";
import { formatTarget, isoDay } from "~/domain/ledger/format";
import { progressState } from "~/domain/progress/expected";
import { rolledUpProgress } from "~/domain/progress/rollup";
import { statusChoices } from "~/domain/progress/status-rules";
import type { MessageKey } from "~/i18n";
import { Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { Field } from "~/components/field";
import {
  attachCandidates,
  commitmentScope,
  getLedgerItem,
  ledgerItemScope,
  type CommitmentScope,
} from "~/models/commitment.server";
import { listDepartments } from "~/models/jurisdiction.server";
import { prefillFrom, updatesOf } from "~/models/update.server";
import ledgerStyles from "~/styles/ledger.css?url";
import { idParam } from "~/utils/api.server";
import { requirePermission, requireUser, type SessionUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { getEnv } from "~/utils/env.server";
import { itemAction } from "~/routes/ledger.c.$id/actions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? pageMeta(matches, data.item.metric) : pageMeta(matches, { key: "ledger.item.title" });

/** Who may see the item, and where an item still under review is looked at instead. */
function checkAccess(user: SessionUser, id: number, scope: CommitmentScope) {
  requirePermission(user, "ledger.view", scope);
  if (scope.reviewState !== "accepted") {
    if (scope.reportId && can(user, "commitment.review", scope))
      throw redirect(`/review/${scope.reportId}?focus=${id}#q-${id}`);
    throw notFound();
  }
}

async function guard(request: Request, rawId: string | undefined) {
  const user = await requireUser(request);
  const id = idParam(rawId);
  const scope = await commitmentScope(id);
  if (!scope) throw notFound();
  checkAccess(user, id, scope);
  return { user, id, scope };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  // The item is read whole first and its permission scope taken from it (one statement, not two).
  const item = await getLedgerItem(id);
  if (!item) throw notFound();
  const scope = await ledgerItemScope(item);
  checkAccess(user, id, scope);
  const canAssign = can(user, "commitment.assign", scope);
  const [updates, departments, candidates] = await Promise.all([
    updatesOf(id),
    canAssign ? listDepartments(item.jurisdictionId) : [],
    canAssign && !item.parentId ? attachCandidates(item) : [],
  ]);
  const today = new Date();
  return {
    item,
    updates,
    departments,
    candidates,
    state: progressState(item, today),
    childProgress: rolledUpProgress(item.children),
    prefill: prefillFrom(item, updates[0]),
    choices: statusChoices("staff", item.status),
    maxUploadMb: getEnv().MAX_UPLOAD_MB,
    can: {
      assign: canAssign,
      submit: can(user, "update.submit", scope) && item.status !== "verified",
      review: can(user, "update.review", scope),
      verify: can(user, "commitment.verify", scope) && item.status === "done",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, id, scope } = await guard(request, params.id);
  return itemAction({ request, user, scope, id });
}

type ActionData = {
  intent?: string;
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
  conflict?: Record<string, string>;
  confirm?: ConfirmRequest;
};

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

export default function LedgerItem() {
  const { item, updates, departments, candidates, state, childProgress, prefill, choices, maxUploadMb, can } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const t = useT();
  const [params] = useSearchParams();
  const saved = params.get("saved");
  const confirmFor = (intent: string) =>
    actionData?.intent === intent && actionData.confirm ? <ConfirmPanel request={actionData.confirm} /> : null;
  const errorsFor = (intent: string) => (actionData?.intent === intent ? (actionData.errors ?? {}) : {});
  const valuesFor = (intent: string) => (actionData?.intent === intent ? actionData.values : undefined);

  const assignValues = valuesFor("assign");
  const assignDefaults: AssignValues = assignValues
    ? {
        version: str(assignValues.version),
        leadDepartmentId: str(assignValues.leadDepartmentId),
        cooperatingIds: Array.isArray(assignValues.cooperatingIds) ? assignValues.cooperatingIds.map(String) : [],
        dueDate: str(assignValues.dueDate),
        responsiblePerson: str(assignValues.responsiblePerson),
        sector: str(assignValues.sector),
        reason: str(assignValues.reason),
      }
    : {
        version: item.version,
        leadDepartmentId: item.leadDepartmentId ? String(item.leadDepartmentId) : "",
        cooperatingIds: item.cooperating.map((d) => String(d.id)),
        dueDate: isoDay(item.dueDate),
        responsiblePerson: item.responsiblePerson ?? "",
        sector: item.sector ?? "",
        reason: "",
      };
  const updateValues = valuesFor("update");
  const updateDefaults: UpdateValues = updateValues
    ? {
        status: str(updateValues.status),
        progress: str(updateValues.progress),
        actualValue: str(updateValues.actualValue),
        actualUnit: str(updateValues.actualUnit),
        note: str(updateValues.note),
        links: Array.isArray(updateValues.links)
          ? (updateValues.links as Record<string, unknown>[]).map((l) => ({ title: str(l?.title), url: str(l?.url) }))
          : [],
      }
    : { ...prefill, actualValue: prefill.actualValue === null ? "" : prefill.actualValue };

  return (
    <div className="ledger-item">
      <nav aria-label={t("ledger.breadcrumb")} className="small">
        <Link to="/ledger">{t("nav.ledger")}</Link>
        {item.parent ? (
          <>
            {" › "}
            <Link to={`/ledger/c/${item.parent.id}`} lang="zh">
              {item.parent.metric}
            </Link>
          </>
        ) : null}
      </nav>
      <h1 lang="zh">{item.metric}</h1>
      {saved ? (
        <p className="notice success" role="status">
          {t(`ledger.saved.${saved}` as MessageKey)}
        </p>
      ) : null}
      <div className="row">
        <StatusBadge status={item.status} />
        <LightBadge state={state} />
        <ProgressBar progress={item.progress} expected={state.expected} />
        <Link to={`/ledger/c/${item.id}/history`}>{t("ledger.history.link")}</Link>
        <Link to={`/c/${item.id}`}>{t("ledger.item.publicPage")}</Link>
      </div>

      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="visually-hidden">
          {t("ledger.item.facts")}
        </h2>
        <blockquote className="quote" lang="zh">
          {item.quote}
        </blockquote>
        <dl className="facts">
          <dt>{t("ledger.item.source")}</dt>
          <dd>
            {item.report ? (
              <>
                <Zh>{item.report.title}</Zh> ({item.report.year})
              </>
            ) : (
              "—"
            )}
          </dd>
          <dt>{t("ledger.field.target")}</dt>
          <dd lang="zh">{formatTarget(item) || "—"}</dd>
          <dt>{t("ledger.field.dueDate")}</dt>
          <dd>{isoDay(item.dueDate) || "—"}</dd>
          <dt>{t("ledger.item.expected")}</dt>
          <dd>{state.expected === null ? "—" : `${state.expected}%`}</dd>
          <dt>{t("ledger.field.leadDepartment")}</dt>
          <dd>{item.leadDepartment ? <Zh>{item.leadDepartment.name}</Zh> : t("ledger.unassigned")}</dd>
          <dt>{t("ledger.field.cooperating")}</dt>
          <dd lang="zh">{item.cooperating.map((d) => d.name).join("、") || "—"}</dd>
          <dt>{t("ledger.field.responsiblePerson")}</dt>
          <dd lang="zh">{item.responsiblePerson ?? "—"}</dd>
          <dt>{t("ledger.field.sector")}</dt>
          <dd>{item.sector ? <SectorName sector={item.sector} /> : "—"}</dd>
          {item.livelihoodProject ? (
            <>
              <dt>{t("ledger.item.livelihood")}</dt>
              <dd>
                <Link to={`/votes/${item.livelihoodProject.sessionId}`} lang="zh">
                  {item.livelihoodProject.session.title}
                </Link>
              </dd>
            </>
          ) : null}
          <ActualValueEntry value={item.actualValue} unit={item.actualUnit} />
          {item.statusReason ? (
            <>
              <dt>{t("ledger.item.statusReason")}</dt>
              <dd lang="zh">{item.statusReason}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {can.assign ? (
        <section className="card">
          {confirmFor("assign")}
          <AssignForm
            key={`${item.version}-${actionData?.intent ?? ""}`}
            defaults={assignDefaults}
            departments={departments}
            errors={errorsFor("assign")}
            conflict={actionData?.intent === "assign" ? (actionData.conflict ?? null) : null}
          />
        </section>
      ) : null}
      {can.verify ? (
        <section className="card" aria-labelledby="verify-heading">
          <h2 id="verify-heading">{t("ledger.verify.crossOffTitle")}</h2>
          <p className="small">{t("ledger.verify.crossOffHint")}</p>
          {confirmFor("verify")}
          <Form method="post">
            <input type="hidden" name="intent" value="verify" />
            <input type="hidden" name="version" value={item.version} />
            <Field id="verify-note" name="note" type="text" label={t("ledger.verify.crossOffNote")} />
            {errorsFor("verify").form || errorsFor("verify").status ? (
              <p className="field-error" role="alert">
                {t((errorsFor("verify").form ?? errorsFor("verify").status) as MessageKey)}
              </p>
            ) : null}
            <button type="submit">{t("ledger.verify.crossOff")}</button>
          </Form>
        </section>
      ) : null}

      {can.submit ? (
        <section className="card">
          <UpdateForm
            key={`${item.version}-${updates.length}`}
            defaults={updateDefaults}
            choices={choices}
            errors={errorsFor("update")}
            maxUploadMb={maxUploadMb}
          />
        </section>
      ) : null}

      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">{t("ledger.item.updates")}</h2>
        {updates.length === 0 ? <p className="muted">{t("ledger.item.noUpdates")}</p> : null}
        {updates.map((u) => (
          <UpdateCard key={u.id} update={u} canReview={can.review} errors={errorsFor("review")} />
        ))}
      </section>

      <SubTasks
        item={item}
        childProgress={childProgress}
        canAssign={can.assign}
        departments={departments}
        candidates={candidates}
        errors={{ ...errorsFor("subtask"), ...errorsFor("attach") }}
      />
    </div>
  );
}
