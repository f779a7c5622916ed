// Named projects, places and companies in a clause: quoted names, lists before 等, named objects of deliverables.
import { keepingLast } from "~/domain/text/last-answer";
import { matchesOf } from "~/domain/text/matches";

const LEADING_VERB =
  /^(?:力争|确保|年内|全力|积极|重点|加快|高标准|高水平)*(?:策划实施|组织实施|启动实施|启动建设|开工建设|签约落地|招引落地|加快推进|实施|推进|抓好|建设|打造|开工|建成|新建|改造提升|提档升级|改造|提升|引进|落地|签约|培育|支持|启动|完成|举办|推动|加快|服务|谋划|储备|做强|做优|壮大|发展|盘活|争创|创建)?/;
const MAX_ENTITY = 30;
const QUOTED_NAME = /[“"]([^”"]{2,30})[”"]/g;

/** The targets or results of one clause share its quote: the last answer is kept (each caller gets its own copy). */
const lastNames = keepingLast((clause, deliverableObject) => namesIn(clause, deliverableObject));

export function entitiesIn(clause: string, deliverableObject?: string): string[] {
  if (!deliverableObject && !/[等“"]/.test(clause)) return [];
  return [...lastNames(clause, deliverableObject)];
}

function namesIn(clause: string, deliverableObject: string | undefined): string[] {
  const found = new Set<string>();
  for (const match of matchesOf(QUOTED_NAME, clause)) found.add(match[1]);
  const listEnd = clause.indexOf("等");
  if (listEnd > 1) {
    const head = clause.slice(0, listEnd).replace(LEADING_VERB, "");
    for (const item of head.split("、")) {
      const name = item
        .replace(/^(?:和|及|与|以及)/, "")
        .replace(LEADING_VERB, "")
        .replace(/[“”"]/g, "")
        .trim();
      if (name.length >= 2 && name.length <= MAX_ENTITY && !/\d+(?:\.\d+)?[万亿]?元/.test(name)) found.add(name);
    }
  } else if (deliverableObject && !/[“"]/.test(deliverableObject)) {
    for (const item of deliverableObject.split("、")) {
      const name = item.replace(/(?:建设|改造|提升|工程)$/, "").trim();
      if (name.length >= 2 && name.length <= MAX_ENTITY) found.add(name);
    }
  }
  return [...found];
}
