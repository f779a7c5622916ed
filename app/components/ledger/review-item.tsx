// One extracted commitment under review: its fields, accept / reject, edit any field, split into several tasks.
import { Form, Link } from "@remix-run/react";
import { useState, type ReactNode } from "react";
import { formatTarget } from "~/domain/ledger/format";
import { errorText } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { commitmentEditSchema, splitSchema } from "~/schemas/ledger";
import { TextAreaField } from "~/components/field";
import { FormError } from "~/components/form-error";
import { CommitmentFields, fieldDefaults, type FieldValues } from "~/components/ledger/commitment-fields";
import { DecideButtons } from "~/components/ledger/decide-button";
import { MergeCheckbox, ReviewStateBadge } from "~/components/ledger/review-controls";
import { SectorName } from "~/components/sector-name";
import { useFormFields } from "~/components/use-form-fields";
import type { ReviewItemView } from "~/components/ledger/types";

type ItemKeys = { intent: string; id: string; version: string };
type EditValues = FieldValues & ItemKeys & { quote: string };

/** A form on one item: the item, and what its last refused submission typed and was told. */
interface ItemFormProps {
  item: ReviewItemView;
  values?: Record<string, unknown>;
  errors: Record<string, string>;
}

/** What every item form posts to say what it does to which version of which item. */
function itemKeys(item: ReviewItemView, intent: string): ItemKeys {
  return { intent, id: String(item.id), version: String(item.version) };
}

function ItemKeyInputs({ field }: { field: (name: keyof ItemKeys) => object }) {
  return (
    <>
      <input type="hidden" {...field("intent")} />
      <input type="hidden" {...field("id")} />
      <input type="hidden" {...field("version")} />
    </>
  );
}

function EditForm({ item, values, errors: serverErrors }: ItemFormProps) {
  const t = useT();
  const base = { ...fieldDefaults(item), ...itemKeys(item, "edit"), quote: item.quote };
  const defaults: EditValues = values
    ? { ...base, ...(values as Partial<EditValues>), growth: values.growth === "on" || values.growth === true }
    : base;
  const { field, bind, checkbox, message, onSubmit } = useFormFields<EditValues>(
    commitmentEditSchema,
    defaults,
    serverErrors,
  );
  const fieldErrors = Object.fromEntries(
    (Object.keys(fieldDefaults(item)) as (keyof FieldValues)[]).map((k) => [k, message(k)]),
  );
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <FormError message={serverErrors.form} />
      <ItemKeyInputs field={field} />
      <TextAreaField id={`edit-${item.id}-quote`} label={t("ledger.field.quote")} rows={3} {...bind("quote")} />
      <CommitmentFields
        prefix={`edit-${item.id}`}
        field={field as never}
        checkbox={checkbox as never}
        errors={fieldErrors}
      />
      <button type="submit">{t("form.save")}</button>
    </Form>
  );
}

function SplitForm({ item, values, errors: serverErrors }: ItemFormProps) {
  const t = useT();
  const tr = errorText(t);
  type Values = ItemKeys & { parts: string };
  const splitDefaults: Values = {
    ...itemKeys(item, "split"),
    parts: typeof values?.parts === "string" ? values.parts : `${item.metric}\n`,
  };
  const { field, error, onSubmit } = useFormFields<Values>(splitSchema, splitDefaults, serverErrors);
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <ItemKeyInputs field={field} />
      <TextAreaField
        id={`split-${item.id}-parts`}
        label={t("ledger.review.splitParts")}
        hint={t("ledger.review.splitHint")}
        rows={4}
        {...field("parts")}
        error={error("parts") ?? tr(serverErrors.form)}
      />
      <button type="submit" className="secondary">
        {t("ledger.review.split")}
      </button>
    </Form>
  );
}

/**
 * A form folded under its summary and rendered only once opened: a report has dozens of items, and
 * drawing every edit form up front was most of the page's processor time. Without JavaScript the folded
 * part holds a link that reloads the page with this form open.
 */
function FoldedForm({
  summary,
  open: openAtFirst,
  openHref,
  children,
}: {
  summary: string;
  open: boolean;
  openHref: string;
  children: ReactNode;
}) {
  const t = useT();
  const [open, setOpen] = useState(openAtFirst);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (
        children
      ) : (
        // Reached only without JavaScript (with it, opening the fold draws the form): a plain link.
        <a href={openHref}>{t("ledger.review.openForm", { form: summary })}</a>
      )}
    </details>
  );
}

export function ReviewItem({
  item,
  path,
  focused,
  openForm,
  action,
}: {
  item: ReviewItemView;
  /** The review page's own path (the folded forms' links reload it). */
  path: string;
  focused: boolean;
  /** The form asked for in the address (`?open=edit-12`), drawn open. */
  openForm: string | null;
  /** The last failed action on this item, to reopen its form with what was typed. */
  action?: { intent: string; errors: Record<string, string>; values?: Record<string, unknown> };
}) {
  const t = useT();
  const target = formatTarget(item);
  return (
    <li className={`card review-item${focused ? " focused" : ""}`} id={`item-${item.id}`}>
      <div className="row">
        <MergeCheckbox item={item} id={`merge-${item.id}`} />
        <h3 className="item-title" lang="zh">
          {item.metric}
        </h3>
        <ReviewStateBadge state={item.reviewState} />
      </div>
      <p className="small">
        {target ? <strong lang="zh">{target}</strong> : null}{" "}
        {item.deadline ? rich(t, "ledger.review.deadline", { year: <Zh>{item.deadline}</Zh> }) : null}{" "}
        {item.sector ? (
          <span className="muted">
            · <SectorName sector={item.sector} />
          </span>
        ) : null}
      </p>
      <p className="quote small" lang="zh">
        {item.quote}
      </p>
      <p className="small">
        <Link to={`?focus=${item.id}#q-${item.id}`} preventScrollReset>
          {t("ledger.review.showInText")}
        </Link>
        {item.reviewState === "accepted" ? (
          <>
            {" · "}
            <Link to={`/ledger/c/${item.id}`}>{t("ledger.review.openItem")}</Link>
          </>
        ) : null}
      </p>
      <DecideButtons item={item} />
      {action?.errors.form && action.intent !== "edit" && action.intent !== "split" ? (
        <p className="field-error" role="alert">
          {t(action.errors.form as never)}
        </p>
      ) : null}
      {item.reviewState !== "rejected" ? (
        <>
          <FoldedForm
            summary={t("ledger.review.edit")}
            open={action?.intent === "edit" || openForm === `edit-${item.id}`}
            openHref={`${path}?open=edit-${item.id}#item-${item.id}`}
          >
            <EditForm
              item={item}
              values={action?.intent === "edit" ? action.values : undefined}
              errors={action?.intent === "edit" ? action.errors : {}}
            />
          </FoldedForm>
          <FoldedForm
            summary={t("ledger.review.split")}
            open={action?.intent === "split" || openForm === `split-${item.id}`}
            openHref={`${path}?open=split-${item.id}#item-${item.id}`}
          >
            <SplitForm
              item={item}
              values={action?.intent === "split" ? action.values : undefined}
              errors={action?.intent === "split" ? action.errors : {}}
            />
          </FoldedForm>
        </>
      ) : null}
    </li>
  );
}
