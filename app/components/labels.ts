// The one table of how statuses, verdicts, traffic lights and public assessments are named and coloured,
// for every page, feed, file and widget: a new status or verdict is added here (and in the catalogues).
import type { Light } from "~/domain/progress/expected";
import type { AssessmentKey, AssessmentSource } from "~/domain/public/assessment";
import { sectorId, type Status, type Verdict } from "~/domain/vocab";
import type { MessageKey, Translate } from "~/i18n";

/** Badge classes (app.css) and chart classes `tone-<tone>` (public.css). */
export type Tone = "green" | "lightgreen" | "yellow" | "red" | "blue" | "grey" | "purple";

/** The colours of the tones where no stylesheet reaches (the widget's inline style, the SVG badge). */
export const TONE_COLOUR: Record<Tone, string> = {
  green: "#1b6e3a",
  lightgreen: "#3f8f58",
  yellow: "#a86f00",
  red: "#a4161a",
  blue: "#1d6fd1",
  grey: "#8a847c",
  purple: "#6b5b95",
};

interface Label {
  label: MessageKey;
  tone: Tone;
}

/** A table of labels whose words are the catalogue's `<area>.<code>`: each code's tone. */
function labelTable<C extends string>(key: (code: C) => MessageKey, tones: Record<C, Tone>): Record<C, Label> {
  const codes = Object.keys(tones) as C[];
  return Object.fromEntries(codes.map((code) => [code, { label: key(code), tone: tones[code] }])) as Record<C, Label>;
}

/** The department's status (stored), verified by the supervision office before it is public. */
export const STATUS_LABELS = labelTable<Status>((status) => `status.${status}`, {
  not_started: "grey",
  in_progress: "blue",
  done: "lightgreen",
  verified: "green",
  partial: "yellow",
  missed: "red",
  changed: "purple",
});

/** The next report's verdict (proposed by the matcher, confirmed by the supervision office). */
export const VERDICT_LABELS = labelTable<Verdict | "none">((verdict) => `verdict.${verdict}`, {
  achieved: "green",
  partial: "yellow",
  missed: "red",
  in_progress: "blue",
  not_mentioned: "grey",
  none: "grey",
});

/** 序时进度 traffic lights; "none" where no light applies (closed, no due date, nothing reported). */
export const LIGHT_LABELS: Record<Light | "none", Label & { long: MessageKey }> = {
  green: { label: "light.green", long: "light.green.long", tone: "green" },
  yellow: { label: "light.yellow", long: "light.yellow.long", tone: "yellow" },
  red: { label: "light.red", long: "light.red.long", tone: "red" },
  none: { label: "light.none", long: "light.none.long", tone: "grey" },
};

export const OVERDUE_LABEL: MessageKey = "light.overdue";

/**
 * The public assessment's words are the words of its source: a verdict's for the verdict keys, a
 * status's for the status keys; only "no data" has words of its own.
 */
export const ASSESSMENT_LABELS: Record<AssessmentKey, Label> = {
  achieved: VERDICT_LABELS.achieved,
  partly_achieved: VERDICT_LABELS.partial,
  not_achieved: VERDICT_LABELS.missed,
  carried_over: VERDICT_LABELS.in_progress,
  verified: STATUS_LABELS.verified,
  reported_done: STATUS_LABELS.done,
  partly_done: STATUS_LABELS.partial,
  not_done: STATUS_LABELS.missed,
  changed: STATUS_LABELS.changed,
  in_progress: STATUS_LABELS.in_progress,
  not_started: STATUS_LABELS.not_started,
  no_data: { label: "assessment.no_data", tone: "grey" },
};

export const SOURCE_LABELS: Record<AssessmentSource, MessageKey> = {
  verdict: "assessment.source.verdict",
  status: "assessment.source.status",
  none: "assessment.source.none",
};

/**
 * A sector in the reader's language: the vocabulary's words; free text someone typed stays as it is (it is
 * Chinese data then, see `isSectorWord`). The stored value (the API's `sector`) does not change.
 */
export function sectorLabel(t: Translate, sector: string): string {
  const id = sectorId(sector);
  return id ? t(`sector.${id}`) : sector;
}

/** Whether a sector is a word of the vocabulary (translated) rather than free text (Chinese data). */
export const isSectorWord = (sector: string) => sectorId(sector) !== null;
