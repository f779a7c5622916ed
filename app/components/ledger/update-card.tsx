// One department update with its evidence; the supervision office publishes or returns it here.
import { Form, Link, useNavigation } from "@remix-run/react";
import { beijingTime, formatTarget, isoDay } from "~/domain/ledger/format";
import type { Status, UpdateState } from "~/domain/vocab";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { reviewUpdateSchema } from "~/schemas/ledger";
import { httpHref } from "~/schemas/plain-text";
import { StatusBadge } from "~/components/ledger/badges";
import { TextAreaField } from "~/components/field";
import { useFormFields } from "~/components/use-form-fields";
import type { UpdateReport } from "~/models/update-fields";

export interface EvidenceView {
  id: number;
  kind: string;
  title: string;
  url: string | null;
  sha256: string | null;
  mimeType: string | null;
  fileName: string | null;
}

export interface UpdateView extends UpdateReport {
  id: number;
  state: string;
  returnReason: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
  author: { name: string; department: { name: string } | null };
  reviewer: { name: string } | null;
  evidence: EvidenceView[];
  commitment?: {
    id: number;
    metric: string;
    leadDepartment: { name: string } | null;
    /** On the verification queue: what was promised, to compare with what is reported. */
    target?: number | null;
    unit?: string | null;
    comparator?: string | null;
    growth?: boolean;
    dueDate?: Date | string | null;
    progress?: number;
  };
}

const STATE_TONE: Record<UpdateState, string> = { submitted: "yellow", published: "green", returned: "red" };

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

export function EvidenceList({ evidence }: { evidence: EvidenceView[] }) {
  const t = useT();
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence">
      {evidence.map((e) =>
        e.kind === "link" && e.url ? (
          <li key={e.id}>
            {httpHref(e.url) ? (
              <a href={httpHref(e.url)!} rel="nofollow noopener noreferrer" target="_blank" lang="zh">
                {e.title}
              </a>
            ) : (
              <span lang="zh">{e.title}</span>
            )}{" "}
            <span className="muted small">({hostOf(e.url)})</span>
          </li>
        ) : e.sha256 ? (
          <li key={e.id}>
            {e.mimeType?.startsWith("image/") ? (
              <a href={`/files/${e.sha256}`}>
                <img src={`/files/${e.sha256}`} alt={e.title} lang="zh" className="evidence-thumb" loading="lazy" />
              </a>
            ) : (
              <a href={`/files/${e.sha256}`} lang="zh">
                {e.title}
              </a>
            )}{" "}
            <span className="muted small">({e.mimeType === "application/pdf" ? "PDF" : t("ledger.update.photo")})</span>
          </li>
        ) : null,
      )}
    </ul>
  );
}

function ReturnForm({ updateId, errors: serverErrors }: { updateId: number; errors?: Record<string, string> }) {
  const t = useT();
  const returnDefaults = { updateId: String(updateId), decision: "return", reason: "" };
  const { field, bind, onSubmit } = useFormFields<{ updateId: string; decision: string; reason: string }>(
    reviewUpdateSchema,
    returnDefaults,
    serverErrors,
  );
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="return-form">
      <input type="hidden" name="intent" value="review" />
      <input type="hidden" {...field("updateId")} />
      <input type="hidden" {...field("decision")} />
      <TextAreaField id={`return-reason-${updateId}`} label={t("ledger.verify.reason")} rows={2} {...bind("reason")} />
      <button type="submit" className="secondary">
        {t("ledger.verify.return")}
      </button>
    </Form>
  );
}

/** The figure reached, as a term of a description list (none when no figure was given). */
export function ActualValueEntry({ value, unit }: { value: number | null; unit: string | null }) {
  const t = useT();
  if (value === null) return null;
  return (
    <>
      <dt>{t("ledger.field.actualValue")}</dt>
      <dd lang="zh">
        {value}
        {unit ?? ""}
      </dd>
    </>
  );
}

export function UpdateCard({
  update,
  canReview,
  errors,
  headingLevel = 3,
}: {
  update: UpdateView;
  canReview: boolean;
  errors?: Record<string, string>;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const navigation = useNavigation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const state = update.state as UpdateState;
  const busy = navigation.state === "submitting" && navigation.formData?.get("updateId") === String(update.id);
  return (
    <article className="card update" aria-labelledby={`update-${update.id}`}>
      <Heading id={`update-${update.id}`} className="update-heading">
        {update.commitment ? (
          <Link to={`/ledger/c/${update.commitment.id}`} lang="zh">
            {update.commitment.metric}
          </Link>
        ) : (
          t("ledger.update.heading", { id: update.id })
        )}{" "}
        <span className={`badge ${STATE_TONE[state]}`}>{t(`ledger.updateState.${state}`)}</span>
      </Heading>
      <p className="muted small">
        {rich(t, "ledger.update.by", {
          name: <Zh>{update.author.name}</Zh>,
          department: update.author.department ? <Zh>{update.author.department.name}</Zh> : "—",
          time: beijingTime(update.createdAt),
        })}
      </p>
      <dl className="facts">
        <dt>{t("ledger.field.status")}</dt>
        <dd>
          <StatusBadge status={update.status as Status} />
        </dd>
        <dt>{t("ledger.field.progress")}</dt>
        <dd>
          {update.progress ?? "—"}%
          {update.commitment?.progress !== undefined ? (
            <span className="muted small">
              {" "}
              {t("ledger.verify.wasProgress", { progress: update.commitment.progress })}
            </span>
          ) : null}
        </dd>
        <ActualValueEntry value={update.actualValue} unit={update.actualUnit} />
        {update.commitment && "target" in update.commitment ? (
          <>
            <dt>{t("ledger.field.target")}</dt>
            <dd lang="zh">
              {formatTarget({
                target: update.commitment.target ?? null,
                unit: update.commitment.unit ?? null,
                comparator: update.commitment.comparator ?? null,
                growth: update.commitment.growth,
              }) || "—"}
            </dd>
            <dt>{t("ledger.field.dueDate")}</dt>
            <dd>{isoDay(update.commitment.dueDate) || "—"}</dd>
          </>
        ) : null}
      </dl>
      {update.note ? (
        <p className="note" lang="zh">
          {update.note}
        </p>
      ) : null}
      <EvidenceList evidence={update.evidence} />
      {state === "returned" ? (
        <p className="notice error small">
          {rich(t, "ledger.update.returnedBecause", { name: <Zh>{update.reviewer?.name ?? "—"}</Zh> })}{" "}
          <Zh>{update.returnReason}</Zh>
        </p>
      ) : null}
      {state === "published" && update.reviewer ? (
        <p className="muted small">
          {rich(t, "ledger.update.publishedBy", {
            name: <Zh>{update.reviewer.name}</Zh>,
            time: update.reviewedAt ? beijingTime(update.reviewedAt) : "",
          })}
        </p>
      ) : null}
      {canReview && state === "submitted" ? (
        <div className="review-actions">
          <Form method="post">
            <input type="hidden" name="intent" value="review" />
            <input type="hidden" name="updateId" value={update.id} />
            <input type="hidden" name="decision" value="publish" />
            <button type="submit" disabled={busy}>
              {t("ledger.verify.publish")}
            </button>
          </Form>
          <ReturnForm updateId={update.id} errors={errors} />
        </div>
      ) : null}
    </article>
  );
}
