import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { findPublicJurisdiction, publicYears } from "~/models/public/jurisdictions.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

/** Public. The latest year's scorecard; a place without reports of its own lists the places within it. */
export async function loader({ params }: LoaderFunctionArgs) {
  const jurisdiction = await findPublicJurisdiction(params.slug ?? "");
  if (!jurisdiction) throw notFound();
  const [latest] = await publicYears(jurisdiction.id);
  if (latest) throw redirect(`/j/${jurisdiction.slug}/${latest}`);
  return { name: jurisdiction.name, parent: jurisdiction.parent, children: jurisdiction.children };
}

export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) =>
  d ? pageMeta(matches, d.name) : pageMeta(matches, { key: "error.title" });

export default function JurisdictionPage() {
  const { name, parent, children } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="public-page">
      <h1>{name}</h1>
      <p className="notice">{t("public.sc.noReports", { name })}</p>
      {parent ? (
        <p>
          <Link to={`/j/${parent.slug}`}>{parent.name}</Link>
        </p>
      ) : null}
      {children.length > 0 ? (
        <section className="card" aria-labelledby="children">
          <h2 id="children">{t("public.sc.children")}</h2>
          <ul>
            {children.map((c) => (
              <li key={c.slug}>
                <Link to={`/j/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
