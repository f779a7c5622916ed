import {
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { chinaDate } from "~/domain/deputies/dates";
import { translator } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { useT } from "~/i18n/use-t";
import { followedCommitments } from "~/models/follow.server";
import { inbox, markRead } from "~/models/inbox.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { notificationLabel } from "~/models/notification-kinds";
import { notificationText } from "~/models/notification-message";
import { remindOverdueQuestions } from "~/models/question.server";
import deputyStyles from "~/styles/deputy.css?url";
import { requireUser } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { safeRedirect } from "~/utils/redirect";
import { readForm } from "~/utils/forms";
import { dispatchIntent } from "~/utils/intents.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "deputy.inbox.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (await remindOverdueQuestions(new Date(), user.jurisdictionId)) sendEmailsSoon();
  const unreadOnly = new URL(request.url).searchParams.get("unread") === "1";
  const [{ items, unread }, follows, locale] = await Promise.all([
    inbox(user.id, { unreadOnly, take: 100 }),
    followedCommitments(user.id),
    getLocale(request),
  ]);
  const t = translator(locale);
  return {
    unread,
    unreadOnly,
    items: items.map((n) => {
      const { title, body } = notificationText(t, n);
      return {
        id: n.id,
        kind: n.kind,
        title,
        body: body.length > 240 ? `${body.slice(0, 239)}…` : body,
        link: n.link,
        read: n.readAt !== null,
        date: chinaDate(n.createdAt),
      };
    }),
    follows: follows.map((c) => ({ id: c.id, metric: c.metric })),
  };
}

type Ctx = { userId: number; form: FormData };

async function markOne({ userId, form }: Ctx) {
  const id = Number(form.get("id"));
  if (Number.isSafeInteger(id) && id > 0) await markRead(userId, id);
}

const INTENTS = {
  read_all: async ({ userId }: Ctx) => {
    await markRead(userId, "all");
    return redirect("/inbox");
  },
  read: async (ctx: Ctx) => {
    await markOne(ctx);
    return redirect("/inbox");
  },
  // "Open" marks the notification read and goes where it points.
  open: async (ctx: Ctx) => {
    await markOne(ctx);
    return redirect(safeRedirect(ctx.form.get("link"), "/inbox"));
  },
};

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  return dispatchIntent(form, INTENTS, { userId: user.id, form });
}

export default function Inbox() {
  const { unread, unreadOnly, items, follows } = useLoaderData<typeof loader>();
  const t = useT();
  const [params] = useSearchParams();
  return (
    <>
      <h1>{t("deputy.inbox.title")}</h1>
      <div className="row">
        <p aria-live="polite">{t("deputy.inbox.unread", { count: unread })}</p>
        <Link to={unreadOnly ? "/inbox" : "/inbox?unread=1"}>
          {unreadOnly ? t("deputy.inbox.showAll") : t("deputy.inbox.showUnread")}
        </Link>
        {unread > 0 ? (
          <Form method="post">
            <button type="submit" name="intent" value="read_all" className="secondary">
              {t("deputy.inbox.readAll")}
            </button>
          </Form>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p>{params.get("unread") ? t("deputy.inbox.noneUnread") : t("deputy.inbox.none")}</p>
      ) : null}
      <ul className="plain-list inbox-list" aria-label={t("deputy.inbox.title")}>
        {items.map((n) => (
          <li key={n.id} className={`card notification ${n.read ? "read" : "unread"}`}>
            <div className="row">
              {!n.read ? <span className="badge red">{t("deputy.inbox.new")}</span> : null}
              <strong>{t(notificationLabel(n.kind))}</strong>
              <span className="muted small">{n.date}</span>
            </div>
            <div>{n.title}</div>
            {n.body ? <p className="small prewrap">{n.body}</p> : null}
            <Form method="post" className="row">
              <input type="hidden" name="id" value={n.id} />
              {n.link ? (
                <>
                  <input type="hidden" name="link" value={n.link} />
                  <button type="submit" name="intent" value="open">
                    {t("deputy.inbox.open")}
                    <span className="visually-hidden">: {n.title}</span>
                  </button>
                </>
              ) : null}
              {!n.read ? (
                <button type="submit" name="intent" value="read" className="secondary">
                  {t("deputy.inbox.markRead")}
                  <span className="visually-hidden">: {n.title}</span>
                </button>
              ) : null}
            </Form>
          </li>
        ))}
      </ul>
      <section aria-labelledby="follows-heading" className="card">
        <h2 id="follows-heading">{t("deputy.inbox.following")}</h2>
        {follows.length === 0 ? <p className="muted">{t("deputy.inbox.followingNone")}</p> : null}
        <ul>
          {follows.map((c) => (
            <li key={c.id}>
              <Link to={`/c/${c.id}`}>{c.metric}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
