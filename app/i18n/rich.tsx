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

/** Message variables that carry data (a promise's words, a title, a name): Chinese whatever the language. */
const DATA_VARS: ReadonlySet<string> = new Set([
  "metric",
  "report",
  "name",
  "title",
  "place",
  "department",
  "jurisdiction",
]);

/** A message built elsewhere (a notification, a confirmation) with its data variables marked lang="zh". */
export function richData(t: Translate, key: MessageKey, vars?: Record<string, string | number>): ReactNode {
  const marked = Object.entries(vars ?? {}).map(([name, value]) => [
    name,
    typeof value === "string" && DATA_VARS.has(name) ? <Zh>{value}</Zh> : value,
  ]);
  return rich(t, key, Object.fromEntries(marked));
}

/** Text from a report, a name or a note: always Chinese, whatever the page's language. */
export function Zh({ children }: { children: ReactNode }) {
  return <span lang="zh">{children}</span>;
}
