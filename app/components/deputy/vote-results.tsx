// A session's candidates with their public counts, the chosen ones and the year-end satisfaction result.
import { Link } from "@remix-run/react";
import type { SatisfactionCounts } from "~/domain/deputies/satisfaction";
import type { Tally } from "~/domain/deputies/votes";
import { useT } from "~/i18n/use-t";
import { VoteChart } from "~/components/deputy/vote-chart";

export interface ProjectView {
  id: number;
  ordinal: number;
  title: string;
  description: string;
  budget: string | null;
  chosen: boolean | null;
  commitmentId: number | null;
  satisfactionResult: string | null;
  votes: Tally | null;
  satisfaction: SatisfactionCounts | null;
}

const RESULT_CLASS: Record<string, string> = {
  satisfied: "green",
  basically_satisfied: "yellow",
  not_satisfied: "red",
};

export function VoteResults({
  projects,
  onRemove,
}: {
  projects: ProjectView[];
  onRemove?: (id: number) => React.ReactNode;
}) {
  const t = useT();
  const withVotes = projects.some((p) => p.votes);
  const withSatisfaction = projects.some((p) => p.satisfaction);
  return (
    <>
      {withVotes ? (
        <VoteChart
          title={t("deputy.vote.chartVotes")}
          rows={projects.map((p) => ({
            label: p.title,
            segments: [
              { name: t("deputy.choice.for"), value: p.votes?.for ?? 0, className: "seg-for" },
              { name: t("deputy.choice.against"), value: p.votes?.against ?? 0, className: "seg-against" },
              { name: t("deputy.choice.abstain"), value: p.votes?.abstain ?? 0, className: "seg-abstain" },
            ],
          }))}
        />
      ) : null}
      {withSatisfaction ? (
        <VoteChart
          title={t("deputy.vote.chartSatisfaction")}
          rows={projects
            .filter((p) => p.satisfaction)
            .map((p) => ({
              label: p.title,
              segments: [
                { name: t("deputy.choice.satisfied"), value: p.satisfaction!.satisfied, className: "seg-for" },
                {
                  name: t("deputy.choice.basically_satisfied"),
                  value: p.satisfaction!.basically_satisfied,
                  className: "seg-abstain",
                },
                {
                  name: t("deputy.choice.not_satisfied"),
                  value: p.satisfaction!.not_satisfied,
                  className: "seg-against",
                },
              ],
            }))}
        />
      ) : null}
      <div className="table-wrap">
        <table className="cards-on-phone">
          <caption>{t("deputy.vote.candidatesCaption", { count: projects.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("deputy.vote.candidateTitle")}</th>
              <th scope="col">{t("deputy.vote.budget")}</th>
              {withVotes ? (
                <>
                  <th scope="col">{t("deputy.choice.for")}</th>
                  <th scope="col">{t("deputy.choice.against")}</th>
                  <th scope="col">{t("deputy.choice.abstain")}</th>
                  <th scope="col">{t("deputy.vote.outcome")}</th>
                </>
              ) : null}
              {withSatisfaction ? (
                <>
                  <th scope="col">{t("deputy.choice.satisfied")}</th>
                  <th scope="col">{t("deputy.choice.basically_satisfied")}</th>
                  <th scope="col">{t("deputy.choice.not_satisfied")}</th>
                  <th scope="col">{t("deputy.vote.result")}</th>
                </>
              ) : null}
              {onRemove ? <th scope="col">{t("deputy.vote.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id}>
                <td data-label={t("deputy.vote.candidateTitle")}>
                  <strong>
                    {p.ordinal}. <span lang="zh">{p.title}</span>
                  </strong>
                  {p.description ? (
                    <div className="small prewrap" lang="zh">
                      {p.description}
                    </div>
                  ) : null}
                </td>
                <td data-label={t("deputy.vote.budget")} lang="zh">
                  {p.budget ?? "—"}
                </td>
                {withVotes ? (
                  <>
                    <td data-label={t("deputy.choice.for")}>{p.votes?.for ?? 0}</td>
                    <td data-label={t("deputy.choice.against")}>{p.votes?.against ?? 0}</td>
                    <td data-label={t("deputy.choice.abstain")}>{p.votes?.abstain ?? 0}</td>
                    <td data-label={t("deputy.vote.outcome")}>
                      {p.chosen ? (
                        <>
                          <span className="badge green">{t("deputy.vote.chosen")}</span>{" "}
                          {p.commitmentId ? <Link to={`/c/${p.commitmentId}`}>{t("deputy.vote.tracked")}</Link> : null}
                        </>
                      ) : (
                        <span className="badge">{t("deputy.vote.notChosen")}</span>
                      )}
                    </td>
                  </>
                ) : null}
                {withSatisfaction ? (
                  p.satisfaction ? (
                    <>
                      <td data-label={t("deputy.choice.satisfied")}>{p.satisfaction.satisfied}</td>
                      <td data-label={t("deputy.choice.basically_satisfied")}>{p.satisfaction.basically_satisfied}</td>
                      <td data-label={t("deputy.choice.not_satisfied")}>{p.satisfaction.not_satisfied}</td>
                      <td data-label={t("deputy.vote.result")}>
                        {p.satisfactionResult ? (
                          <span className={`badge ${RESULT_CLASS[p.satisfactionResult] ?? ""}`}>
                            {t(`deputy.choice.${p.satisfactionResult as "satisfied"}`)}
                          </span>
                        ) : (
                          "—"
                        )}
                      </td>
                    </>
                  ) : (
                    <td colSpan={4} className="muted">
                      —
                    </td>
                  )
                ) : null}
                {onRemove ? <td>{onRemove(p.id)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
