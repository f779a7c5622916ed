import { describe, expect, it } from "vitest";
import { errorLine } from "~/cli/error-line";

describe("the CLI's error line", () => {
  it("is never empty for Prisma's messages, which start with a blank line", () => {
    const prisma = Object.assign(
      new Error(
        "\nInvalid `prisma.report.create()` invocation in\n/app/x.ts:10:3\n\n→ 10 tx.report.create(\nSocket timeout",
      ),
      {
        name: "PrismaClientKnownRequestError",
        code: "P1008",
        meta: { driverAdapterError: { cause: { originalMessage: "database is locked" } } },
      },
    );
    expect(errorLine(prisma)).toBe("Socket timeout (database is locked)");
  });

  it("names the driver's words when the message has none", () => {
    const bare = Object.assign(new Error("\n"), {
      meta: { driverAdapterError: { cause: { originalMessage: "database is locked" } } },
    });
    expect(errorLine(bare)).toBe("database is locked");
    expect(errorLine(Object.assign(new Error(""), { name: "SqliteError", code: "SQLITE_BUSY" }))).toBe(
      "SqliteError SQLITE_BUSY",
    );
  });

  it("says how to set up a database that has no tables", () => {
    const missing = Object.assign(new Error("The table `main.User` does not exist in the current database."), {
      code: "P2021",
    });
    expect(errorLine(missing)).toBe(
      "The table `main.User` does not exist in the current database; is the database set up? (npx prisma migrate deploy)",
    );
  });

  it("keeps a plain message as it is", () => {
    expect(errorLine(new Error("report.txt: no such file"))).toBe("report.txt: no such file");
    expect(errorLine("text")).toBe("text");
  });
});
