// Report paragraphs with commitments marked: links in the viewer, a plain highlight on the item page.
import type { Segment, ViewParagraph } from "~/domain/public/report-view";
import { useT } from "~/i18n/use-t";

function Marked({ segment, link, numberOf }: { segment: Segment; link: boolean; numberOf: (id: number) => number }) {
  const t = useT();
  const anchors = segment.starts.map((id) => <span key={`a${id}`} id={`c-${id}`} className="anchor" />);
  if (segment.ids.length === 0) return <>{segment.text}</>;
  if (!link) return <mark>{segment.text}</mark>;
  const [first, ...others] = segment.ids;
  return (
    <>
      {anchors}
      <a href={`/c/${first}`} className="hl">
        {segment.text}
      </a>
      {others
        .filter((id) => segment.ends.includes(id))
        .map((id) => (
          <sup key={id}>
            <a href={`/c/${id}`} className="hl-extra">
              {t("public.report.commitmentLink", { n: numberOf(id) })}
            </a>
          </sup>
        ))}
    </>
  );
}

export function ParagraphText({
  paragraph,
  link = false,
  numberOf = (id) => id,
}: {
  paragraph: ViewParagraph;
  link?: boolean;
  numberOf?: (id: number) => number;
}) {
  return (
    <>
      {paragraph.segments.map((segment, i) => (
        <Marked key={i} segment={segment} link={link} numberOf={numberOf} />
      ))}
    </>
  );
}
