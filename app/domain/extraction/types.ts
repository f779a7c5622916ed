// The analyser's output: what a report says it will do (commitments) and what it says it did (results).
import type { ReportLevel } from "~/domain/report/places";
import type { Comparator, Kind, SectionPart } from "~/domain/vocab";

export interface ReportMeta {
  jurisdiction: string | null; // e.g. "张店区"
  level: ReportLevel | null; // national, province, autonomous_region, municipality, city, prefecture, county, banner, district
  year: number | null; // the year the report was given
  title: string | null; // e.g. "2025年政府工作报告"
  reviewPeriod: string | null; // "2024" or "2017-2021"
  planYear: number | null;
  meeting: string | null; // e.g. "张店区第十八届人民代表大会第四次会议"
  speaker: string | null; // e.g. "区长 于寿磊"
  date: string | null; // ISO yyyy-mm-dd when the text gives a full date
}

export interface Section {
  heading: string;
  level: number;
  part: SectionPart;
  /** Offsets into the analysed text ([start, end) of the whole section, heading included). */
  start: number;
  end: number;
}

export interface Commitment {
  quote: string; // the clause, whitespace from line breaks removed
  start: number; // offsets of the clause in the analysed text
  end: number;
  section: string; // heading of the nearest section
  sector: string | null; // short sector label derived from the nearest heading
  /** The extraction rule that decided (numeric.target, deliverable.completion-verb …): for quality reports. */
  rule: string;
  kind: Kind;
  metric: string;
  target: number | null;
  unit: string | null;
  comparator: Comparator | null;
  growth: boolean;
  deadline: number | null;
  entities: string[];
}

export interface Result {
  quote: string;
  start: number;
  end: number;
  section: string;
  kind: Kind;
  metric: string;
  value: number | null;
  unit: string | null;
  growth: boolean;
  period: string | null;
  estimated: boolean;
  entities: string[];
}

export interface AnalysedReport {
  report: ReportMeta;
  sections: Section[];
  commitments: Commitment[];
  results: Result[];
}
