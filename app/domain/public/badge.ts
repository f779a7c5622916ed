// An SVG badge ("台账 | 已兑现 42%") for a jurisdiction's score, to embed as an image anywhere.
import { escapeXml } from "~/domain/public/atom";

export interface BadgeInput {
  label: string;
  value: string;
  /** Accessible title, e.g. "张店区 2025: 42% of 120 promises kept". */
  title: string;
  /** 0–100; picks the colour. Null: grey (no data). */
  percent: number | null;
}

const FONT_SIZE = 12;

/** Approximate rendered width: wide (CJK) characters are one em, others a little over half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) >= 0x2e80 ? FONT_SIZE : FONT_SIZE * 0.6;
  return Math.ceil(width);
}

/** Colours with at least 4.5:1 contrast against white text. */
export function badgeColour(percent: number | null): string {
  if (percent === null) return "#57534e";
  if (percent >= 60) return "#1b6e3a";
  if (percent >= 30) return "#7a5200";
  return "#a4161a";
}

export function renderBadge(input: BadgeInput): string {
  const pad = 8;
  const left = textWidth(input.label) + pad * 2;
  const right = textWidth(input.value) + pad * 2;
  const width = left + right;
  const e = escapeXml;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="22" viewBox="0 0 ${width} 22" role="img" aria-label="${e(input.title)}">`,
    `<title>${e(input.title)}</title>`,
    `<rect width="${left}" height="22" fill="#3f3b37"/>`,
    `<rect x="${left}" width="${right}" height="22" fill="${badgeColour(input.percent)}"/>`,
    `<g fill="#fff" font-family="system-ui,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif" font-size="${FONT_SIZE}">`,
    `<text x="${pad}" y="15">${e(input.label)}</text>`,
    `<text x="${left + pad}" y="15">${e(input.value)}</text>`,
    `</g>`,
    `</svg>`,
  ].join("");
}
