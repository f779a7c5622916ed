import { buildChinesePdf, buildDocx, encodeGbk } from "../tests/fixtures/reports/builders";
import { readDocument } from "../app/domain/document";
const pdf = buildChinesePdf(
  [
    ["政 府 工 作 报 告", "各位代表：", "一、2023年工作回顾", "新增城镇就业1.2万人，增长5%。"],
    ["— 1 —", "二、2024年工作安排", "新增城镇就业1.3万人以上。"],
  ],
  { splitRuns: true },
);
const r = await readDocument(pdf, "x.pdf");
console.log(JSON.stringify(r));
const d = await readDocument(
  await buildDocx([
    { text: "一、2024年工作安排", heading: true },
    { text: "新增城镇就业1.3万人以上，建成投用区图书馆。" },
  ]),
  "x.docx",
);
console.log(JSON.stringify(d));
const g = await readDocument(encodeGbk("各位代表：新增城镇就业1.3万人以上。"), "gbk.txt");
console.log(JSON.stringify(g));
