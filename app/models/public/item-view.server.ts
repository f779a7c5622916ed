// The public item page's data (/c/:id): the item with its assessment, progress state, linked items'
// assessments and its public record. Null when the item is not public.
import { progressState } from "~/domain/progress/expected";
import { questionState } from "~/domain/public/questions";
import type { Status } from "~/domain/vocab";
import { assessmentsOf } from "~/models/public/assessment.server";
import { getPublicItemPage } from "~/models/public/item.server";
import { publicPage } from "~/utils/public.server";

export async function publicItemView(id: number) {
  const { today, version } = await publicPage();
  const page = await getPublicItemPage(id, version);
  if (!page) return null;
  const { item, history, context } = page;
  const state = progressState({ status: item.status as Status, progress: item.progress, dueDate: item.dueDate }, today);
  const links = [item.parent, item.carriedOverFrom, item.carriedOverTo, ...item.children].flatMap((l) =>
    l ? [l.id] : [],
  );
  const assessed = await assessmentsOf([item.id, ...links], today);
  const own = assessed.get(item.id);
  if (!own) return null;
  return {
    assessment: own.assessment,
    verdictReport: own.verdictReport,
    linkAssessments: Object.fromEntries(
      links.flatMap((l) => (assessed.has(l) ? [[l, assessed.get(l)!.assessment]] : [])),
    ),
    item: {
      ...item,
      status: item.status as Status,
      questions: item.questions.map((q) => ({
        ...q,
        state: questionState(q, today),
        followUps: q.followUps.map((f) => ({ ...f, state: questionState(f, today) })),
      })),
    },
    state,
    context,
    history,
  };
}
