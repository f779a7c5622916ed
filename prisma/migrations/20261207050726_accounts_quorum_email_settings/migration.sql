-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" DATETIME;

-- CreateTable
CREATE TABLE "VoteEligibility" (
    "sessionId" INTEGER NOT NULL,
    "deputyId" INTEGER NOT NULL,

    PRIMARY KEY ("sessionId", "deputyId"),
    CONSTRAINT "VoteEligibility_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "VoteSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VoteEligibility_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EmailSetting" (
    "userId" INTEGER NOT NULL,
    "group" TEXT NOT NULL,
    "email" BOOLEAN NOT NULL,

    PRIMARY KEY ("userId", "group"),
    CONSTRAINT "EmailSetting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "jurisdictionId" INTEGER NOT NULL,
    "departmentId" INTEGER,
    "locale" TEXT,
    "disabledAt" DATETIME,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("createdAt", "departmentId", "disabledAt", "email", "id", "jurisdictionId", "locale", "name", "passwordHash", "role", "updatedAt") SELECT "createdAt", "departmentId", "disabledAt", "email", "id", "jurisdictionId", "locale", "name", "passwordHash", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_jurisdictionId_role_idx" ON "User"("jurisdictionId", "role");
CREATE INDEX "User_departmentId_idx" ON "User"("departmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "VoteEligibility_deputyId_idx" ON "VoteEligibility"("deputyId");

