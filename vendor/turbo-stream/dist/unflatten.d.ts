import { type ThisDecode } from "./utils.js";
export declare function unflatten(this: ThisDecode, parsed: unknown): unknown;
