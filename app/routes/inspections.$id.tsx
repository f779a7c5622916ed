import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { InspectionCard } from "~/components/deputy/inspection-card";
import { chinaDate } from "~/domain/deputies/dates";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { findPublicInspection } from "~/models/inspection.server";
import deputyStyles from "~/styles/deputy.css?url";
import { idParam } from "~/utils/api.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data
    ? pageMeta(
        matches,
        { key: "deputy.inspection.pageTitle", vars: { name: data.inspection.deputy.name, date: data.date } },
        data.inspection.observation.slice(0, 160),
      )
    : pageMeta(matches, { key: "deputy.inspect.title" });

/** Public: inspections are published under the deputy's name as soon as they are logged. */
export async function loader({ params }: LoaderFunctionArgs) {
  const inspection = await findPublicInspection(idParam(params.id));
  if (!inspection || inspection.commitments.length === 0) throw notFound();
  return {
    inspection,
    jurisdiction: inspection.jurisdiction.name,
    date: chinaDate(inspection.visitedOn),
  };
}

export default function InspectionPage() {
  const { inspection, jurisdiction } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{rich(t, "deputy.inspection.pageHeading", { jurisdiction: <Zh>{jurisdiction}</Zh> })}</h1>
      <InspectionCard inspection={inspection} headingLevel={2} />
      <p className="muted small">{t("deputy.inspection.publishedNote")}</p>
    </>
  );
}
