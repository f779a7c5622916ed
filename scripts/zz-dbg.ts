import { readReview } from "~/domain/followup/facts";
const words = "一、2023年工作回顾\n全年完成社会消费品零售总额58.2亿元，首次站上五十亿台阶，增长6.4%。";
const r = readReview({ text: words, sections: [{ heading: "一、2023年工作回顾", part: "review", start: 0, end: words.length }], results: [], reviewPeriod: "2023" });
console.log(r.facts.filter((f) => f.kind === "numeric").map((f) => [f.metric, f.quote, f.value]));
