// HTML to plain text: block elements become line breaks, scripts and styles are dropped, entities decoded.
import { NodeType, parse, type HTMLElement, type Node, type TextNode } from "node-html-parser";

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "svg",
  "iframe",
  "object",
  "button",
  "select",
]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
  "body",
  "html",
  "center",
  "title",
]);

export function htmlToText(html: string): string {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  const out: string[] = [];
  walk(root, out);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}

function walk(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = (node as TextNode).text;
    if (!/^\s*<!/.test(text)) out.push(collapse(text));
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? "";
  if (SKIPPED.has(tag)) return;
  const block = BLOCKS.has(tag);
  if (block) out.push("\n");
  for (const child of element.childNodes) walk(child, out);
  if (block) out.push("\n");
}

/** Source line breaks inside Chinese text are not spaces; elsewhere whitespace collapses to one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f\v]+/g, (run, offset: number, whole: string) => {
    if (!/[\r\n]/.test(run)) return " ";
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + run.length] ?? "";
    return isWide(before) || isWide(after) ? "" : " ";
  });
}

function isWide(char: string): boolean {
  return char !== "" && char.charCodeAt(0) >= 0x2e80;
}
