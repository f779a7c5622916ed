import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { translator } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { isFollowing } from "~/models/follow.server";
import { publicItemView } from "~/models/public/item-view.server";
import { getUser } from "~/utils/auth.server";
import { FollowButton } from "~/components/deputy/follow-button";
import {
  AssessmentLine,
  ChainSection,
  FactsSection,
  ProgressSection,
  SourceSection,
  VerdictSection,
} from "~/components/public/item-sections";
import { HistorySection, InspectionsSection, QuestionsSection, UpdatesSection } from "~/components/public/item-record";
import { PrintButton, PrintSource } from "~/components/public/print-button";
import { assessmentText } from "~/components/public/labels";
import { idParam } from "~/utils/api.server";
import { notFound } from "~/utils/http.server";
import { localeOf, pageMeta } from "~/utils/meta";
import { publicOrigin } from "~/utils/public.server";
import styles from "~/styles/public.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Public: no sign-in; the item only when public, with published updates and confirmed verdicts only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const [view, user] = await Promise.all([publicItemView(id), getUser(request)]);
  if (!view) throw notFound();
  // Signed-in visitors may follow the item (updates reach their inbox); the cache never serves them.
  const following = user ? await isFollowing(user.id, id) : null;
  return { ...view, following, origin: publicOrigin(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => {
  if (!d) return pageMeta(matches, { key: "error.title" });
  const t = translator(localeOf(matches));
  const description = t("public.item.description", {
    place: d.item.jurisdiction.name,
    year: d.item.year,
    quote: d.item.quote,
    status: assessmentText(t, d.assessment),
  });
  return [
    ...pageMeta(matches, { key: "public.item.title", vars: { metric: d.item.metric } }, description),
    { property: "og:type", content: "article" },
    { property: "og:url", content: `${d.origin}/c/${d.item.id}` },
    { tagName: "link", rel: "canonical", href: `${d.origin}/c/${d.item.id}` },
    {
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: t("public.feed.item", { metric: d.item.metric }),
      href: `/feeds/c/${d.item.id}.atom`,
    },
  ];
};

export default function ItemPage() {
  const { item, state, context, history, following, origin, assessment, verdictReport, linkAssessments } =
    useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="public-page item-page">
      <nav aria-label={t("public.item.breadcrumb")} className="breadcrumb no-print">
        <Link to={`/j/${item.jurisdiction.slug}/${item.year}`}>
          <span lang="zh">{item.jurisdiction.name}</span> {item.year}
        </Link>
        {" › "}
        <Link to={`/j/${item.jurisdiction.slug}/${item.year}/commitments`}>{t("public.nav.list")}</Link>
      </nav>
      <h1 className="item-title" lang="zh">
        {item.quote}
      </h1>
      <PrintSource url={`${origin}/c/${item.id}`} />
      <AssessmentLine assessment={assessment} verdictReport={verdictReport} livelihood={item.isLivelihood} />
      <SourceSection item={item} context={context} />
      <FactsSection item={item} />
      <ProgressSection item={item} state={state} assessment={assessment} />
      <VerdictSection item={item} />
      <ChainSection item={item} assessments={linkAssessments} />
      <UpdatesSection item={item} />
      <InspectionsSection item={item} />
      <QuestionsSection item={item} />
      <HistorySection history={history} />
      <div className="no-print row">
        {following === null ? null : <FollowButton commitmentId={item.id} following={following} />}
        <PrintButton />
        <a href={`/feeds/c/${item.id}.atom`} type="application/atom+xml">
          {t("public.item.feed")}
        </a>
      </div>
    </article>
  );
}
