// Messages with elements in them (a name marked lang="zh", a link): the text is translated whole,
// then the elements are put in their places.
import { Fragment, type ReactNode } from "react";
import type { MessageKey, Translate } from "~/i18n/index";

const mark = (i: number) => `\uE000${i}\uE001`;

export function rich(t: Translate, key: MessageKey, vars: Record<string, ReactNode>): ReactNode {
  const elements: ReactNode[] = [];
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value === "string" || typeof value === "number") plain[name] = value;
    else {
      plain[name] = mark(elements.length);
      elements.push(value);
    }
  }
  const parts = t(key, plain).split(/\uE000(\d+)\uE001/);
  return parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{elements[Number(part)]}</Fragment> : part));
}

/** Text from a report, a name or a note: always Chinese, whatever the page's language. */
export function Zh({ children }: { children: ReactNode }) {
  return <span lang="zh">{children}</span>;
}
