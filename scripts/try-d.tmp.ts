import { findDeliverable } from "../app/domain/extraction/deliverables";
const args = process.argv.slice(2);
console.log(JSON.stringify(findDeliverable(args[0], args[1] ?? null)));
