// One inspection as the public sees it: the deputy's name, date, place, what they saw, photos, items.
import { Link } from "@remix-run/react";
import { chinaDate } from "~/domain/deputies/dates";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { AssessmentBadge } from "~/components/deputy/badges";
import { ZhLinkList } from "~/components/zh-link-list";

export interface InspectionView {
  id: number;
  visitedOn: Date;
  place: string;
  observation: string;
  assessment: string;
  deputy: { name: string };
  photos: { id: number; sha256: string | null; fileName: string | null; title: string }[];
  commitments: { id: number; metric: string }[];
}

export function InspectionCard({
  inspection,
  headingLevel = 3,
  showCommitments = true,
}: {
  inspection: InspectionView;
  headingLevel?: 2 | 3;
  showCommitments?: boolean;
}) {
  const t = useT();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card inspection" aria-labelledby={`inspection-${inspection.id}`}>
      <Heading id={`inspection-${inspection.id}`} className="inspection-title">
        <Link to={`/inspections/${inspection.id}`}>
          {rich(t, "deputy.inspection.heading", {
            name: <Zh>{inspection.deputy.name}</Zh>,
            date: chinaDate(inspection.visitedOn),
            place: <Zh>{inspection.place}</Zh>,
          })}
        </Link>
      </Heading>
      <p>
        {t("deputy.inspection.assessment")}: <AssessmentBadge assessment={inspection.assessment} />
      </p>
      <p className="prewrap" lang="zh">
        {inspection.observation}
      </p>
      {inspection.photos.length > 0 ? (
        <ul className="photo-grid" aria-label={t("deputy.inspection.photos")}>
          {inspection.photos
            .filter((p) => p.sha256)
            .map((photo, index) => (
              <li key={photo.id}>
                <a href={`/files/${photo.sha256}`}>
                  {/* Named with its place (Chinese data, marked as such); the alt text is the short name. */}
                  <span id={`photo-${photo.id}-name`} hidden>
                    {rich(t, "deputy.inspection.photoAlt", { n: index + 1, place: <Zh>{inspection.place}</Zh> })}
                  </span>
                  <img
                    src={`/files/${photo.sha256}`}
                    alt={t("deputy.inspection.photoShort", { n: index + 1 })}
                    aria-labelledby={`photo-${photo.id}-name`}
                    loading="lazy"
                  />
                </a>
              </li>
            ))}
        </ul>
      ) : null}
      {showCommitments && inspection.commitments.length > 0 ? (
        <div>
          <span className="muted small">{t("deputy.inspection.items")}</span>
          <ZhLinkList links={inspection.commitments.map((c) => ({ to: `/c/${c.id}`, text: c.metric }))} />
        </div>
      ) : null}
    </article>
  );
}
