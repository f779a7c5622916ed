import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SessionStateBadge } from "~/components/deputy/badges";
import { Field } from "~/components/field";
import { useFormFields } from "~/components/use-form-fields";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { formFailure } from "~/utils/form-failure.server";
import { createSession, listSessions } from "~/models/vote.server";
import { voteSessionSchema } from "~/schemas/deputy";
import deputyStyles from "~/styles/deputy.css?url";
import { getUser, requirePermission, requireUser } from "~/utils/auth.server";
import { parseForm, readForm } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { can } from "~/utils/permissions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "deputy.votes.title" });

/** Public list of sessions; signed-in users see their jurisdiction's, supervisors their drafts too. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const canManage = can(user, "vote.manage", { jurisdictionId: user?.jurisdictionId ?? -1 });
  const sessions = await listSessions({ jurisdictionId: user?.jurisdictionId, includeDrafts: canManage });
  return {
    canManage,
    jurisdiction: user?.jurisdictionName ?? null,
    thisYear: new Date().getUTCFullYear(),
    sessions: sessions.map((s) => ({
      id: s.id,
      year: s.year,
      title: s.title,
      state: s.state,
      jurisdiction: s.jurisdiction.name,
      candidates: s._count.projects,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  requirePermission(user, "vote.manage", { jurisdictionId: user.jurisdictionId });
  const parsed = parseForm(voteSessionSchema, await readForm(request));
  if (!parsed.ok) return formFailure(null, parsed.errors, parsed.values);
  const session = await createSession({ actor: user, jurisdictionId: user.jurisdictionId, ...parsed.data });
  return redirect(`/votes/${session.id}`);
}

export default function Votes() {
  const { canManage, jurisdiction, thisYear, sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const defaults = {
    title: String(actionData?.values?.title ?? ""),
    year: String(actionData?.values?.year ?? thisYear),
  };
  const { bind, onSubmit } = useFormFields(voteSessionSchema, defaults, actionData?.errors);
  return (
    <>
      <h1>{t("deputy.votes.title")}</h1>
      <p className="muted">{t("deputy.votes.intro")}</p>
      {canManage ? (
        <section aria-labelledby="new-session" className="card">
          <h2 id="new-session">{rich(t, "deputy.votes.new", { jurisdiction: <Zh>{jurisdiction ?? ""}</Zh> })}</h2>
          <Form method="post" noValidate onSubmit={onSubmit}>
            <Field label={t("deputy.votes.sessionTitle")} type="text" required {...bind("title")} />
            <Field label={t("deputy.votes.year")} type="number" inputMode="numeric" required {...bind("year")} />
            <button type="submit">{t("deputy.votes.create")}</button>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("deputy.votes.sessions")}</h2>
        {sessions.length === 0 ? <p>{t("deputy.votes.none")}</p> : null}
        <ul className="plain-list">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <Link to={`/votes/${s.id}`} lang="zh">
                {s.title}
              </Link>{" "}
              <SessionStateBadge state={s.state} />
              <div className="muted small">
                <span lang="zh">{s.jurisdiction}</span> · {s.year} ·{" "}
                {t("deputy.votes.candidates", { count: s.candidates })}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
