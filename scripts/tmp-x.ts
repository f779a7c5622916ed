import { PLACE_NAMED } from "../app/domain/lexicon/names";
const R = new RegExp(`(?<=[\\u4e00-\\u9fa5]{2})${PLACE_NAMED.source.replace("[\\u4e00-\\u9fa5]{2,}", "")}`);
console.log(R.source.slice(0, 40), R.test("建设城东区"), R.test("东区"), R.test("建设社区"), PLACE_NAMED.test("建设社区"));
