import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Actor, type Permission, type Scope } from "~/utils/permissions";

const DISTRICT = 3;
const OTHER_DISTRICT = 4;
const CITY = 2;
const LEAD = 10;
const COOP = 11;
const OTHER_DEPT = 12;

const actors: Record<string, Actor> = {
  admin: { id: 1, role: "admin", jurisdictionId: DISTRICT, departmentId: null },
  cityAdmin: { id: 2, role: "admin", jurisdictionId: CITY, departmentId: null },
  supervisor: { id: 3, role: "supervisor", jurisdictionId: DISTRICT, departmentId: null },
  otherSupervisor: { id: 4, role: "supervisor", jurisdictionId: OTHER_DISTRICT, departmentId: null },
  leadStaff: { id: 5, role: "staff", jurisdictionId: DISTRICT, departmentId: LEAD },
  coopStaff: { id: 6, role: "staff", jurisdictionId: DISTRICT, departmentId: COOP },
  otherStaff: { id: 7, role: "staff", jurisdictionId: DISTRICT, departmentId: OTHER_DEPT },
  foreignStaff: { id: 8, role: "staff", jurisdictionId: OTHER_DISTRICT, departmentId: LEAD },
  deputy: { id: 9, role: "deputy", jurisdictionId: DISTRICT, departmentId: null },
  otherDeputy: { id: 10, role: "deputy", jurisdictionId: OTHER_DISTRICT, departmentId: null },
};

const scope: Scope = {
  jurisdictionId: DISTRICT,
  jurisdictionPath: [1, CITY, DISTRICT],
  leadDepartmentId: LEAD,
  departmentIds: [COOP],
};

// Every permission × every actor: who is allowed (everyone else is refused).
const allowed: Record<Permission, string[]> = {
  "report.import": ["admin", "cityAdmin", "supervisor"],
  "commitment.review": ["supervisor"],
  "commitment.assign": ["supervisor"],
  "commitment.verify": ["supervisor"],
  "update.submit": ["leadStaff"],
  "update.review": ["supervisor"],
  "ledger.view": ["admin", "cityAdmin", "supervisor", "leadStaff", "coopStaff"],
  "ledger.export": ["supervisor", "leadStaff", "coopStaff"],
  "ledger.import": ["supervisor", "leadStaff"],
  "history.view": ["admin", "cityAdmin", "supervisor", "leadStaff", "coopStaff", "otherStaff", "deputy"],
  "inspection.create": ["deputy"],
  "question.ask": ["deputy"],
  "question.answer": ["leadStaff"],
  "question.manage": ["supervisor"],
  "vote.cast": ["deputy"],
  "vote.manage": ["supervisor"],
  "followup.confirm": ["supervisor"],
  "admin.manage": ["admin", "cityAdmin"],
};

describe("permissions table", () => {
  it("covers every permission", () => {
    expect(Object.keys(allowed).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const [permission, who] of Object.entries(allowed) as [Permission, string[]][]) {
    for (const [name, actor] of Object.entries(actors)) {
      const expected = who.includes(name);
      it(`${permission}: ${name} is ${expected ? "allowed" : "refused"}`, () => {
        expect(can(actor, permission, scope)).toBe(expected);
      });
    }
  }

  it("refuses anonymous visitors everything", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can(null, permission, scope)).toBe(false);
  });
});
