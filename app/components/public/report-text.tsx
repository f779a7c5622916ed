// Report paragraphs with commitments marked: links in the viewer, a plain highlight on the item page.
import type { Segment, ViewParagraph } from "~/domain/public/report-view";
import { LOCALE_TAGS } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";

/** How a highlight shows its promise's assessment: a tone class and the words (as a tooltip). */
export type HighlightOf = (id: number) => { tone: string; label: string } | undefined;

function Marked({
  segment,
  link,
  numberOf,
  highlightOf,
}: {
  segment: Segment;
  link: boolean;
  numberOf: (id: number) => number;
  highlightOf?: HighlightOf;
}) {
  const t = useT();
  const locale = useLocale();
  const anchors = segment.starts.map((id) => <span key={`a${id}`} id={`c-${id}`} className="anchor" />);
  if (segment.ids.length === 0) return <>{segment.text}</>;
  if (!link) return <mark>{segment.text}</mark>;
  const [first, ...others] = segment.ids;
  const highlight = highlightOf?.(first);
  return (
    <>
      {anchors}
      <a
        href={`/c/${first}`}
        className={highlight ? `hl hl-${highlight.tone}` : "hl"}
        title={highlight?.label}
        data-assessment-tone={highlight?.tone}
      >
        {segment.text}
      </a>
      {others
        .filter((id) => segment.ends.includes(id))
        .map((id) => (
          <sup key={id}>
            <a href={`/c/${id}`} className="hl-extra" lang={LOCALE_TAGS[locale]}>
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
  highlightOf,
}: {
  paragraph: ViewParagraph;
  link?: boolean;
  numberOf?: (id: number) => number;
  highlightOf?: HighlightOf;
}) {
  return (
    <>
      {paragraph.segments.map((segment, i) => (
        <Marked key={i} segment={segment} link={link} numberOf={numberOf} highlightOf={highlightOf} />
      ))}
    </>
  );
}
