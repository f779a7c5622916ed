import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Fragment } from "react";
import { chinaDate } from "~/domain/deputies/dates";
import { translator } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { useT } from "~/i18n/use-t";
import { followedCommitments } from "~/models/follow.server";
import { inbox, markRead } from "~/models/inbox.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { notificationLabel } from "~/models/notification-kinds";
import {
  notificationMessage,
  notificationText,
  renderNoticeText,
  type NoticeText,
} from "~/models/notification-message";
import { richData, Zh } from "~/i18n/rich";
import { remindOverdueQuestions } from "~/models/question.server";
import deputyStyles from "~/styles/deputy.css?url";
import { requireUser } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { safeRedirect } from "~/utils/redirect";
import { readForm } from "~/utils/forms";
import { dispatchIntent } from "~/utils/intents.server";
import { ZhLinkList } from "~/components/zh-link-list";

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
      const message = notificationMessage(n);
      return {
        id: n.id,
        kind: n.kind,
        title,
        body: body.length > 240 ? `${body.slice(0, 239)}…` : body,
        message: message ? { title: message.title, body: shortBody(t, message.body ?? []) } : null,
        link: n.link,
        read: n.readAt !== null,
        date: chinaDate(n.createdAt),
      };
    }),
    follows: follows.map((c) => ({ id: c.id, metric: c.metric })),
  };
}

/** The first lines of a message's body, about 240 characters, and whether lines were left out. */
function shortBody(t: ReturnType<typeof translator>, lines: readonly NoticeText[]) {
  let length = 0;
  const shown = lines.filter((line) => (length += renderNoticeText(t, line).length + 1) <= 240 || line === lines[0]);
  return { lines: shown, more: shown.length < lines.length };
}

/** One line of a notification in the page's language, its data (names, a promise's words) marked as Chinese. */
function NoticeLine({ text }: { text: NoticeText }) {
  const t = useT();
  return <>{richData(t, text.key, text.vars)}</>;
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
            {n.message ? (
              <div>
                <NoticeLine text={n.message.title} />
              </div>
            ) : (
              <div lang="zh">{n.title}</div>
            )}
            {n.message && n.message.body.lines.length ? (
              <p className="small prewrap">
                {n.message.body.lines.map((line, i) => (
                  <Fragment key={i}>
                    {i > 0 ? "\n" : null}
                    <NoticeLine text={line} />
                  </Fragment>
                ))}
                {n.message.body.more ? "…" : null}
              </p>
            ) : !n.message && n.body ? (
              <p className="small prewrap" lang="zh">
                {n.body}
              </p>
            ) : null}
            <Form method="post" className="row">
              <input type="hidden" name="id" value={n.id} />
              {n.link ? (
                <>
                  <input type="hidden" name="link" value={n.link} />
                  <button type="submit" name="intent" value="open">
                    {t("deputy.inbox.open")}
                    <span className="visually-hidden">
                      : {n.message ? <NoticeLine text={n.message.title} /> : <Zh>{n.title}</Zh>}
                    </span>
                  </button>
                </>
              ) : null}
              {!n.read ? (
                <button type="submit" name="intent" value="read" className="secondary">
                  {t("deputy.inbox.markRead")}
                  <span className="visually-hidden">
                    : {n.message ? <NoticeLine text={n.message.title} /> : <Zh>{n.title}</Zh>}
                  </span>
                </button>
              ) : null}
            </Form>
          </li>
        ))}
      </ul>
      <section aria-labelledby="follows-heading" className="card">
        <h2 id="follows-heading">{t("deputy.inbox.following")}</h2>
        {follows.length === 0 ? <p className="muted">{t("deputy.inbox.followingNone")}</p> : null}
        <ZhLinkList links={follows.map((c) => ({ to: `/c/${c.id}`, text: c.metric }))} />
      </section>
    </>
  );
}
