// DATABASE_URL decides the database, and its password never reaches a message.
import { describe, expect, it } from "vitest";
import { dialectOf, passwordOf, redactSecrets } from "../../scripts/lib/database-url.mjs";

describe("DATABASE_URL", () => {
  it("picks the database by its scheme, and refuses anything else", () => {
    expect(dialectOf("file:./data/taizhang.db")).toBe("sqlite");
    expect(dialectOf("postgresql://u:p@127.0.0.1:5432/taizhang")).toBe("postgresql");
    expect(dialectOf("postgres://u@db/taizhang")).toBe("postgresql");
    expect(() => dialectOf("mysql://u:p@db/taizhang")).toThrow(/file:PATH \(SQLite\) or postgresql:/);
  });

  it("hides the password of any database URL in a text, and any secret given", () => {
    const url = "postgresql://taizhang:s3cr%40t-pw@127.0.0.1:5432/taizhang";
    expect(passwordOf(url)).toBe("s3cr@t-pw");
    expect(redactSecrets(`cannot connect to ${url}: refused`)).toBe(
      "cannot connect to postgresql://taizhang:***@127.0.0.1:5432/taizhang: refused",
    );
    expect(redactSecrets('password "s3cr@t-pw" rejected', [passwordOf(url)])).toBe('password "***" rejected');
    expect(redactSecrets("no secret here", [undefined, ""])).toBe("no secret here");
  });
});
