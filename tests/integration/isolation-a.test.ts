// See support/isolation.ts: this file and isolation-b.test.ts check each other.
import { describe } from "vitest";
import { checkIsolation } from "./support/isolation";

describe("a test file after another in the same process", () => checkIsolation("isolation-a"));
