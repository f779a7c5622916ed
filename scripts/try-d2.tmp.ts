import { LEADING_COMPLETION, CLAUSE_OPENERS, COMPLETION } from "../app/domain/extraction/verbs";
const c = "以及东四路、西四路、西六路畅通改造工程";
const o = c.replace(CLAUSE_OPENERS, "");
console.log(o, LEADING_COMPLETION.exec(o), COMPLETION.exec(o));
