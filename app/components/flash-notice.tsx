// The success notice a page shows after a form went through: announced, and focused once the page settles.
import type { ReactNode } from "react";

/** Renders nothing when there is nothing to say; `as="div"` when the notice holds paragraphs. */
export function FlashNotice({ children, as: Tag = "p" }: { children: ReactNode; as?: "p" | "div" }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  return (
    <Tag className="notice success" role="status" data-flash tabIndex={-1}>
      {children}
    </Tag>
  );
}
