import { readFileSync } from "node:fs";
import { htmlToText } from "../app/domain/document/html";
console.log(JSON.stringify(htmlToText(readFileSync(process.argv[2], "utf8"))));
