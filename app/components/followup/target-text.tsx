// A follow-up target or value on a page: the words in the page's language, the figure and its unit (data,
// as the report writes them) marked as Chinese.
import type { ReactNode } from "react";
import type { Translate } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { COMPARATOR_KEY, formatValue } from "~/components/followup/format";

/** 增长6%左右, at least <span lang="zh">1.3万人</span> … (the page's version of `formatTarget`). */
export function targetNode(
  t: Translate,
  c: { target: number | null; unit: string | null; comparator: string | null; growth: boolean },
): ReactNode {
  const key = COMPARATOR_KEY[(c.comparator ?? "=") as keyof typeof COMPARATOR_KEY] ?? "followup.cmp.eq";
  const bounded = rich(t, key, { value: <Zh>{formatValue(c.target, c.unit)}</Zh> });
  return c.growth ? rich(t, "followup.growth", { value: <>{bounded}</> }) : bounded;
}
