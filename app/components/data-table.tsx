// A list table in its scrolling wrapper: optional caption, one header row, the body rows the caller gives.
import type { ReactNode } from "react";
import { ColumnHeaders, type Column } from "~/components/column-headers";

export function DataTable({
  columns,
  className,
  caption,
  hiddenCaption = false,
  region,
  children,
}: {
  columns: Column[];
  className?: string;
  caption?: ReactNode;
  /** The caption is for screen readers only (the heading above already says it). */
  hiddenCaption?: boolean;
  /** A wide table: its wrapper becomes a named region the keyboard can scroll. */
  region?: string;
  children: ReactNode;
}) {
  const scrollable = region === undefined ? {} : { tabIndex: 0, role: "region", "aria-label": region };
  return (
    <div className="table-wrap" {...scrollable}>
      <table className={className}>
        {caption === undefined ? null : (
          <caption className={hiddenCaption ? "visually-hidden" : undefined}>{caption}</caption>
        )}
        <ColumnHeaders columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
