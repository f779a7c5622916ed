import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { z } from "zod";
import { Field, FileField, RadioGroup, TextAreaField } from "~/components/field";
import { FormError } from "~/components/form-error";
import { useFormFields } from "~/components/use-form-fields";
import { chinaDate } from "~/domain/deputies/dates";
import { ASSESSMENTS } from "~/domain/vocab";
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { publishedCommitmentsIn } from "~/models/deputy.server";
import { formFailure } from "~/utils/form-failure.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { checkInspection, storePhotos } from "~/models/inspection-input.server";
import { createInspection } from "~/models/inspection.server";
import { inspectionSchema, MAX_PHOTOS } from "~/schemas/deputy";
import deputyStyles from "~/styles/deputy.css?url";
import { requirePermission, requireRole } from "~/utils/auth.server";
import { parseForm, readForm } from "~/utils/forms";
import { httpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { filesFromForm, maxUploadBytes } from "~/utils/uploads.server";
import { CameraField } from "~/components/camera-field";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "deputy.inspect.title" });

async function guard(request: Request) {
  const user = await requireRole(request, "deputy");
  requirePermission(user, "inspection.create", { jurisdictionId: user.jurisdictionId });
  return user;
}

const idsOf = (values: readonly unknown[]) =>
  values
    .map((v) => Number(v))
    .filter((n) => Number.isSafeInteger(n) && n > 0)
    .slice(0, 20);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await guard(request);
  const ids = idsOf(new URL(request.url).searchParams.getAll("c"));
  const commitments = await publishedCommitmentsIn(user.jurisdictionId, ids);
  return {
    commitments: commitments.map((c) => ({ id: c.id, metric: c.metric })),
    today: chinaDate(new Date()),
    maxPhotos: MAX_PHOTOS,
    maxMb: Math.round(maxUploadBytes() / 1024 / 1024),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await guard(request);
  const declared = Number(request.headers.get("Content-Length") ?? 0);
  // The server refuses bodies over one upload limit (+1 MB for the fields): all photos together.
  if (declared > maxUploadBytes() + 1024 * 1024) throw httpError(413, "http.uploadTooLarge");
  const form = await readForm(request);
  const raw = {
    commitmentIds: form.getAll("commitmentIds").filter((v): v is string => typeof v === "string"),
    visitedOn: String(form.get("visitedOn") ?? ""),
    place: String(form.get("place") ?? ""),
    observation: String(form.get("observation") ?? ""),
    assessment: String(form.get("assessment") ?? ""),
  };
  const parsed = parseForm(inspectionSchema, raw);
  if (!parsed.ok) return formFailure(null, parsed.errors, raw);
  try {
    const { commitments, visitedOn } = await checkInspection(user, parsed.data, new Date());
    const files = await filesFromForm(form, "photos");
    const photos = await storePhotos(files);
    if ("error" in photos) return formFailure(null, { photos: photos.error }, raw);
    const inspection = await createInspection({
      actor: user,
      jurisdictionId: user.jurisdictionId,
      commitments,
      visitedOn,
      place: parsed.data.place,
      observation: parsed.data.observation,
      assessment: parsed.data.assessment,
      photos: photos.stored,
    });
    sendEmailsSoon();
    return redirect(`/inspections/${inspection.id}`);
  } catch (error) {
    return formFailure(null, error, raw);
  }
}

type Values = z.input<typeof inspectionSchema>;

export default function NewInspection() {
  const { commitments, today, maxPhotos, maxMb } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const tr = errorText(t);
  const values = (actionData?.values ?? {}) as Partial<Record<keyof Values, unknown>>;
  const defaults = {
    commitmentIds: (values.commitmentIds as string[] | undefined) ?? commitments.map((c) => String(c.id)),
    visitedOn: (values.visitedOn as string | undefined) ?? today,
    place: (values.place as string | undefined) ?? "",
    observation: (values.observation as string | undefined) ?? "",
    assessment: (values.assessment as Values["assessment"] | undefined) ?? undefined,
  };
  const serverErrors: Record<string, string> = actionData?.errors ?? {};
  const { bind, checkbox, error, onSubmit, form } = useFormFields(inspectionSchema, defaults, serverErrors);
  if (commitments.length === 0) {
    return (
      <>
        <h1>{t("deputy.inspect.title")}</h1>
        <p className="notice">{t("deputy.inspect.chooseFirst")}</p>
        <Link to="/deputy">{t("deputy.workspace.title")}</Link>
      </>
    );
  }
  return (
    <>
      <h1>{t("deputy.inspect.title")}</h1>
      <p className="muted">{t("deputy.inspect.intro")}</p>
      <FormError message={serverErrors.form} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="card">
        <fieldset className="field" aria-describedby={error("commitmentIds") ? "items-error" : undefined}>
          <legend>{t("deputy.inspect.items")}</legend>
          {commitments.map((c) => (
            <div key={c.id} className="checkbox">
              <input
                type="checkbox"
                id={`item-${c.id}`}
                value={String(c.id)}
                {...checkbox("commitmentIds", String(c.id))}
              />
              <label htmlFor={`item-${c.id}`} lang="zh">
                {c.metric}
              </label>
            </div>
          ))}
          {error("commitmentIds") ? (
            <div id="items-error" className="field-error" role="alert">
              {error("commitmentIds")}
            </div>
          ) : null}
        </fieldset>
        <Field label={t("deputy.inspect.visitedOn")} type="date" max={today} required {...bind("visitedOn")} />
        <Field label={t("deputy.inspect.place")} type="text" required {...bind("place")} />
        <TextAreaField label={t("deputy.inspect.observation")} rows={6} required {...bind("observation")} />
        <RadioGroup legend={t("deputy.inspect.assessment")} name="assessment" error={error("assessment")}>
          {ASSESSMENTS.map((a) => (
            <span key={a} className="checkbox">
              <input
                type="radio"
                id={`assessment-${a}`}
                value={a}
                defaultChecked={defaults.assessment === a}
                {...form.register("assessment")}
              />
              <label htmlFor={`assessment-${a}`}>{t(`deputy.assessment.${a}`)}</label>
            </span>
          ))}
        </RadioGroup>
        <FileField
          label={t("deputy.inspect.photos")}
          hint={t("deputy.inspect.photosHint", { count: maxPhotos, mb: maxMb })}
          name="photos"
          accept="image/jpeg,image/png,image/webp,image/gif"
          multiple
          error={tr(serverErrors.photos)}
        />
        <CameraField label={t("deputy.inspect.camera")} name="photos" />
        <p className="muted small">{t("deputy.inspect.public")}</p>
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("deputy.inspect.submit")}
        </button>
      </Form>
    </>
  );
}
