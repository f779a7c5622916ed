// The report text beside the review list: quotes marked in their paragraphs, and text selection turned into offsets.
import { useEffect, useRef } from "react";
import type { Span } from "~/domain/ledger/report-text";
import { useT } from "~/i18n/use-t";

export interface PaneParagraph extends Span {
  segments: { start: number; end: number; marks: number[] }[];
}

/** The offset in the report of a point in the pane (a text node inside a piece carrying data-o). */
function offsetOf(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>("[data-o]");
    return piece ? Number(piece.dataset.o) + offset : null;
  }
  const element = node as Element;
  const child = element.childNodes[offset] as Element | undefined;
  const piece = child?.closest?.("[data-o]") ?? child?.querySelector?.("[data-o]") ?? element.closest("[data-o]");
  return piece instanceof HTMLElement ? Number(piece.dataset.o) : null;
}

export function ReportPane({
  text,
  paragraphs,
  states,
  focusId,
  onSelect,
}: {
  text: string;
  paragraphs: PaneParagraph[];
  states: Record<number, string>;
  focusId: number | null;
  onSelect: (span: Span | null) => void;
}) {
  const t = useT();
  const pane = useRef<HTMLElement>(null);

  useEffect(() => {
    const handler = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !pane.current) return onSelect(null);
      const range = selection.getRangeAt(0);
      if (!pane.current.contains(range.startContainer) || !pane.current.contains(range.endContainer))
        return onSelect(null);
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      onSelect(start !== null && end !== null && end > start ? { start, end } : null);
    };
    document.addEventListener("selectionchange", handler);
    return () => document.removeEventListener("selectionchange", handler);
  }, [onSelect]);

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(`q-${focusId}`)?.scrollIntoView({ block: "center" });
  }, [focusId]);

  const anchored = new Set<number>();
  return (
    <section ref={pane} className="report-pane panel" aria-label={t("ledger.review.text")} tabIndex={0}>
      {paragraphs.map((p) => (
        <p key={p.start} lang="zh">
          {p.segments.map((s) => {
            const content = text.slice(s.start, s.end);
            if (s.marks.length === 0) {
              return (
                <span key={s.start} data-o={s.start}>
                  {content}
                </span>
              );
            }
            const fresh = s.marks.filter((id) => !anchored.has(id));
            fresh.forEach((id) => anchored.add(id));
            const focused = focusId !== null && s.marks.includes(focusId);
            const tone = s.marks.some((id) => states[id] === "proposed") ? "proposed" : "accepted";
            return (
              <mark key={s.start} data-o={s.start} className={`${tone}${focused ? " focus" : ""}`}>
                {fresh.map((id) => (
                  <span key={id} id={`q-${id}`} className="anchor" />
                ))}
                {content}
              </mark>
            );
          })}
        </p>
      ))}
    </section>
  );
}
