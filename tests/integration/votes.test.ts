// 民生实事票决 end to end through the page actions: candidates, eligible deputies (应到), one secret
// ballot per deputy and candidate (summed up, then cast with a confirmed post), the chosen rule against
// the eligible deputies, chosen projects tracked as commitments, year-end satisfaction; every
// irreversible step tried first without its confirmation, changing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as workspaceLoader } from "~/routes/deputy._index";
import { loader as itemLoader } from "~/routes/deputy.c.$id";
import { loader as inboxLoader } from "~/routes/inbox";
import { loader as questionsLoader } from "~/routes/questions._index";
import { action as sessionAction, loader as sessionLoader } from "~/routes/votes.$id";
import { action as votesAction, loader as votesLoader } from "~/routes/votes._index";
import { db } from "~/utils/db.server";
import {
  allKeys,
  args,
  formRequest,
  getRequest,
  makeWorld,
  statusOf,
  type Account,
  type World,
} from "./support/deputies";

let world: World;
let sessionId: number;
const projects: Record<string, number> = {};

beforeAll(async () => {
  world = await makeWorld();
});

const act = (user: Account, fields: Record<string, string>) =>
  sessionAction(args(formRequest(`/votes/${sessionId}`, fields, user), { id: String(sessionId) }));
/** The same post with its confirmation, as the confirmation step sends it. */
const confirmed = (user: Account, fields: Record<string, string>) => act(user, { ...fields, confirm: "yes" });
const sessionState = async () => (await db.voteSession.findUniqueOrThrow({ where: { id: sessionId } })).state;
const view = (user?: Account) =>
  sessionLoader(args(getRequest(`/votes/${sessionId}`, user), { id: String(sessionId) }));

type SessionData = Awaited<ReturnType<typeof sessionLoader>>;

describe("a livelihood vote from candidates to the satisfaction result", () => {
  it("only the supervisor of the jurisdiction creates a session; drafts are theirs alone", async () => {
    const { users } = world;
    const fields = { title: "2025年民生实事项目票决", year: "2025" };
    for (const who of ["deputy", "leadStaff", "admin"] as const) {
      expect(await statusOf(votesAction(args(formRequest("/votes", fields, users[who])))), who).toBe(403);
    }
    expect(
      await statusOf(votesAction(args(formRequest("/votes", { title: "", year: "20x5" }, users.supervisor)))),
    ).toBe(400);
    const created = (await votesAction(args(formRequest("/votes", fields, users.supervisor)))) as Response;
    expect(created.status).toBe(302);
    sessionId = Number(created.headers.get("Location")!.split("/").pop());
    expect(await statusOf(view(users.deputy))).toBe(404);
    expect(await statusOf(view())).toBe(404);
    expect(await statusOf(view(users.otherSupervisor))).toBe(404);
    const list = (await votesLoader(args(getRequest("/votes")))) as { sessions: unknown[] };
    expect(list.sessions).toEqual([]);
  });

  it("lists candidates and promotes a published commitment; deputies cannot", async () => {
    const { users, commitments } = world;
    for (const title of ["老旧小区改造", "社区食堂建设", "城区道路微循环"]) {
      expect(
        await statusOf(act(users.supervisor, { intent: "add", title, description: `${title}项目`, budget: "500万元" })),
      ).toBe(302);
    }
    expect(await statusOf(act(users.deputy, { intent: "add", title: "x" }))).toBe(403);
    expect(await statusOf(act(users.otherSupervisor, { intent: "add", title: "x" }))).toBe(403);
    expect(
      await statusOf(act(users.supervisor, { intent: "promote", commitmentId: String(commitments.foreign.id) })),
    ).toBe(404);
    expect(
      await statusOf(act(users.supervisor, { intent: "promote", commitmentId: String(commitments.housing.id) })),
    ).toBe(302);
    expect(
      await statusOf(act(users.supervisor, { intent: "promote", commitmentId: String(commitments.housing.id) })),
    ).toBe(409);
    const rows = await db.livelihoodProject.findMany({ where: { sessionId }, orderBy: { ordinal: "asc" } });
    expect(rows.map((r) => r.title)).toEqual(["老旧小区改造", "社区食堂建设", "城区道路微循环", "投用人才公寓"]);
    for (const [key, row] of [
      ["renovation", rows[0]],
      ["canteen", rows[1]],
      ["roads", rows[2]],
      ["housing", rows[3]],
    ] as const) {
      projects[key] = row!.id;
    }
    // No voting before it opens.
    expect(await statusOf(act(users.deputy, { intent: "ballot", [`choice-${projects.renovation}`]: "for" }))).toBe(409);
  });

  it("opens voting; each deputy of the jurisdiction votes once per candidate, within the window", async () => {
    const { users } = world;
    expect(await statusOf(act(users.deputy, { intent: "step", step: "open_voting" }))).toBe(403);
    expect(await statusOf(act(users.supervisor, { intent: "step", step: "open_voting", closesOn: "2000-01-01" }))).toBe(
      400,
    );
    // Without its confirmation the step only says what it would do.
    const unconfirmed = (await act(users.supervisor, { intent: "step", step: "open_voting" })) as {
      data: { confirm: { lines: { key: string; vars?: Record<string, unknown> }[] } };
    };
    expect(unconfirmed.data.confirm.lines[0]).toMatchObject({ vars: { eligible: 3, candidates: 4 } });
    expect(await sessionState()).toBe("draft");
    expect(await db.voteEligibility.count()).toBe(0);
    // The eligible deputies must be deputies of the place; at least one.
    const listed = { intent: "step", step: "open_voting", eligibleListed: "1" };
    expect(await statusOf(confirmed(users.supervisor, listed))).toBe(400);
    expect(
      await statusOf(act(users.supervisor, { ...listed, eligible: String(users.otherDeputy.id), confirm: "yes" })),
    ).toBe(400);
    expect(await sessionState()).toBe("draft");
    expect(await statusOf(confirmed(users.supervisor, { intent: "step", step: "open_voting" }))).toBe(302);
    expect(await db.voteEligibility.count({ where: { sessionId } })).toBe(3);
    expect(await statusOf(act(users.supervisor, { intent: "add", title: "too late" }))).toBe(409);

    const sheet = (choices: [string, string][]) =>
      Object.fromEntries([["intent", "ballot"], ...choices.map(([k, c]) => [`choice-${projects[k]}`, c])]);
    // 3 deputies take part. renovation: 3 for → chosen; canteen: 2 for, 1 against → chosen;
    // roads: 1 for, 1 abstain, 1 against → not; housing: 1 for, 2 abstain → not.
    const ballots: Record<"deputy" | "deputy2" | "deputy3", [string, string][]> = {
      deputy: [
        ["renovation", "for"],
        ["canteen", "for"],
        ["roads", "for"],
        ["housing", "for"],
      ],
      deputy2: [
        ["renovation", "for"],
        ["canteen", "for"],
        ["roads", "abstain"],
        ["housing", "abstain"],
      ],
      deputy3: [
        ["renovation", "for"],
        ["canteen", "against"],
        ["roads", "against"],
        ["housing", "abstain"],
      ],
    };
    // An incomplete sheet is refused as a whole.
    expect(await statusOf(confirmed(users.deputy, sheet(ballots.deputy.slice(0, 2))))).toBe(400);
    expect(await db.ballot.count()).toBe(0);
    for (const who of ["otherDeputy", "leadStaff", "supervisor"] as const) {
      expect(await statusOf(confirmed(users[who], { ...sheet(ballots.deputy) })), who).toBe(403);
    }
    // Unconfirmed, a complete sheet comes back summed up, project by project; nothing is cast.
    const summary = (await act(users.deputy, sheet(ballots.deputy))) as {
      data: { confirm: { lines: { vars?: Record<string, unknown> }[]; fields: [string, string][] } };
    };
    expect(summary.data.confirm.lines.slice(0, 4).map((l) => l.vars?.title)).toEqual([
      "老旧小区改造",
      "社区食堂建设",
      "城区道路微循环",
      "投用人才公寓",
    ]);
    expect(summary.data.confirm.lines[0]!.vars?.choice).toEqual({ key: "deputy.choice.for" });
    expect(summary.data.confirm.fields).toContainEqual([`choice-${projects.roads}`, "for"]);
    expect(await db.ballot.count()).toBe(0);
    for (const who of ["deputy", "deputy2", "deputy3"] as const) {
      expect(await statusOf(confirmed(users[who], sheet(ballots[who]))), who).toBe(302);
    }
    // A second ballot is refused, whatever its content; the first stands.
    expect(await statusOf(confirmed(users.deputy, sheet([["renovation", "against"]])))).toBe(409);
    expect(await db.ballot.count({ where: { deputyId: users.deputy.id } })).toBe(4);
    expect(
      await db.ballot.count({ where: { deputyId: users.deputy.id, projectId: projects.renovation, choice: "for" } }),
    ).toBe(1);
    // The database refuses a duplicate even past the checks.
    await expect(
      db.ballot.create({ data: { projectId: projects.renovation!, deputyId: users.deputy.id, choice: "against" } }),
    ).rejects.toThrow();

    // While voting, only the turnout shows; no counts that a single ballot could be read from.
    const during = (await view(users.deputy)) as SessionData;
    expect(during.turnout).toBe(3);
    expect(during.eligible).toBe(3);
    expect(during.projects.every((p) => p.votes === null && p.chosen === null)).toBe(true);
    expect(during.toVote).toEqual([]);
    expect(during.hasVoted).toBe(true);
  });

  it("closing applies the rule, publishes counts and turns the chosen projects into tracked commitments", async () => {
    const { users, district } = world;
    expect(await statusOf(confirmed(users.deputy, { intent: "step", step: "close_voting" }))).toBe(403);
    expect(await statusOf(act(users.supervisor, { intent: "step", step: "close_voting" }))).toBe(200);
    expect(await sessionState()).toBe("voting");
    expect(await statusOf(confirmed(users.supervisor, { intent: "step", step: "close_voting" }))).toBe(302);
    const after = (await view()) as SessionData;
    const byId = new Map(after.projects.map((p) => [p.id, p]));
    expect(byId.get(projects.renovation!)).toMatchObject({ chosen: true, votes: { for: 3, against: 0, abstain: 0 } });
    expect(byId.get(projects.canteen!)).toMatchObject({ chosen: true, votes: { for: 2, against: 1, abstain: 0 } });
    expect(byId.get(projects.roads!)).toMatchObject({ chosen: false, votes: { for: 1, against: 1, abstain: 1 } });
    expect(byId.get(projects.housing!)).toMatchObject({ chosen: false, votes: { for: 1, against: 0, abstain: 2 } });

    const tracked = await db.commitment.findMany({ where: { isLivelihood: true }, orderBy: { id: "asc" } });
    expect(tracked.map((c) => c.metric)).toEqual(["老旧小区改造", "社区食堂建设"]);
    for (const c of tracked) {
      expect(c).toMatchObject({
        kind: "deliverable",
        reviewState: "accepted",
        jurisdictionId: district.id,
        year: 2025,
        status: "not_started",
      });
      expect(c.publishedAt).not.toBeNull();
    }
    expect(byId.get(projects.renovation!)!.commitmentId).toBe(tracked[0]!.id);
    // Too late to vote.
    expect(await statusOf(act(users.deputy, { intent: "ballot", [`choice-${projects.roads}`]: "for" }))).toBe(409);
    const list = (await votesLoader(args(getRequest("/votes")))) as { sessions: { id: number }[] };
    expect(list.sessions.map((s) => s.id)).toEqual([sessionId]);
  });

  it("year-end satisfaction on the chosen projects, with the published result", async () => {
    const { users } = world;
    const open_satisfaction = { intent: "step", step: "open_satisfaction" };
    // Not on the day the projects were chosen.
    expect(await statusOf(confirmed(users.supervisor, { ...open_satisfaction, acknowledge: "yes" }))).toBe(409);
    await db.voteSession.update({
      where: { id: sessionId },
      data: { votingClosesAt: new Date(Date.now() - 3 * 24 * 3600 * 1000) },
    });
    // The chosen projects are at 0 %: the confirmation says so and asks for a tick as well.
    const unconfirmed = (await act(users.supervisor, open_satisfaction)) as {
      data: { confirm: { acknowledge?: string; lines: { key: string }[] } };
    };
    expect(unconfirmed.data.confirm.acknowledge).toBe("deputy.confirm.zeroAcknowledge");
    expect(unconfirmed.data.confirm.lines.filter((l) => l.key === "deputy.confirm.zeroProgress")).toHaveLength(2);
    expect(await statusOf(confirmed(users.supervisor, open_satisfaction))).toBe(409);
    expect(await sessionState()).toBe("decided");
    expect(await statusOf(confirmed(users.supervisor, { ...open_satisfaction, acknowledge: "yes" }))).toBe(302);
    const open = (await view(users.deputy)) as SessionData;
    expect(open.toRate.map((p) => p.id)).toEqual([projects.renovation, projects.canteen]);
    const sheet = (renovation: string, canteen: string) => ({
      intent: "satisfaction",
      [`choice-${projects.renovation}`]: renovation,
      [`choice-${projects.canteen}`]: canteen,
    });
    // A project that was not chosen cannot be rated.
    expect(
      await statusOf(
        confirmed(users.deputy, { ...sheet("satisfied", "satisfied"), [`choice-${projects.roads}`]: "satisfied" }),
      ),
    ).toBe(302);
    expect(await db.satisfactionBallot.count({ where: { projectId: projects.roads } })).toBe(0);
    expect(await statusOf(act(users.deputy2, sheet("satisfied", "basically_satisfied")))).toBe(200);
    expect(await db.satisfactionBallot.count({ where: { deputyId: users.deputy2.id } })).toBe(0);
    expect(await statusOf(confirmed(users.deputy2, sheet("satisfied", "basically_satisfied")))).toBe(302);
    expect(await statusOf(confirmed(users.deputy3, sheet("not_satisfied", "not_satisfied")))).toBe(302);
    expect(await statusOf(confirmed(users.deputy3, sheet("satisfied", "satisfied")))).toBe(409);
    expect(await statusOf(confirmed(users.otherDeputy, sheet("satisfied", "satisfied")))).toBe(403);

    const during = (await view()) as SessionData;
    expect(during.projects.every((p) => p.satisfaction === null && p.satisfactionResult === null)).toBe(true);

    expect(await statusOf(act(users.supervisor, { intent: "step", step: "close_satisfaction" }))).toBe(200);
    expect(await sessionState()).toBe("satisfaction");
    expect(await statusOf(confirmed(users.supervisor, { intent: "step", step: "close_satisfaction" }))).toBe(302);
    const closed = (await view()) as SessionData;
    const byId = new Map(closed.projects.map((p) => [p.id, p]));
    // renovation: 2 of 3 满意 → satisfied. canteen: 1 满意 + 1 基本满意 of 3 → basically satisfied.
    expect(byId.get(projects.renovation!)).toMatchObject({
      satisfactionResult: "satisfied",
      satisfaction: { satisfied: 2, basically_satisfied: 0, not_satisfied: 1 },
    });
    expect(byId.get(projects.canteen!)).toMatchObject({
      satisfactionResult: "basically_satisfied",
      satisfaction: { satisfied: 1, basically_satisfied: 1, not_satisfied: 1 },
    });
    expect(await statusOf(confirmed(users.supervisor, { intent: "step", step: "close_satisfaction" }))).toBe(409);
    const published = await db.auditEvent.findFirst({
      where: { entity: "vote_session", action: "close_satisfaction", public: true },
    });
    expect(published).not.toBeNull();
  });

  it("no page loader, no audit row and no list ever shows who voted what", async () => {
    const { users, commitments } = world;
    const loaders: [string, () => Promise<unknown>][] = [];
    for (const [name, user] of [
      ["anonymous", undefined],
      ["deputy", users.deputy],
      ["deputy3", users.deputy3],
      ["supervisor", users.supervisor],
      ["leadStaff", users.leadStaff],
    ] as const) {
      loaders.push([`${name} /votes/:id`, () => view(user)]);
      loaders.push([`${name} /votes`, () => votesLoader(args(getRequest("/votes", user)))]);
    }
    for (const who of ["deputy", "deputy3"] as const) {
      const user = users[who];
      loaders.push([`${who} /deputy`, () => workspaceLoader(args(getRequest("/deputy", user)))]);
      loaders.push([`${who} /inbox`, () => inboxLoader(args(getRequest("/inbox", user)))]);
      loaders.push([`${who} /questions`, () => questionsLoader(args(getRequest("/questions", user)))]);
      const tracked = await db.commitment.findFirstOrThrow({ where: { isLivelihood: true } });
      loaders.push([
        `${who} /deputy/c/:id`,
        () => itemLoader(args(getRequest(`/deputy/c/${tracked.id}`, user), { id: String(tracked.id) })),
      ]);
      loaders.push([
        `${who} /deputy/c/:id (promoted)`,
        () =>
          itemLoader(
            args(getRequest(`/deputy/c/${commitments.housing.id}`, user), { id: String(commitments.housing.id) }),
          ),
      ]);
    }
    for (const [name, load] of loaders) {
      const result = await load();
      const keys = allKeys(result);
      for (const forbidden of [
        "choice",
        "deputyId",
        "ballots",
        "satisfactionBallots",
        "votedProjectIds",
        "ratedProjectIds",
      ]) {
        expect(keys.has(forbidden), `${name} exposes "${forbidden}"`).toBe(false);
      }
      // Individual choices never appear next to a deputy's name either.
      const json = JSON.stringify(result);
      expect(json, name).not.toMatch(
        /"(for|against|abstain|satisfied|basically_satisfied|not_satisfied)","?(deputy|name)/,
      );
    }
    const audits = await db.auditEvent.findMany({ where: { entity: "vote_session" } });
    for (const audit of audits) {
      expect(allKeys(JSON.parse(audit.after ?? "{}")).has("choice"), audit.action).toBe(false);
      expect(audit.after ?? "", audit.action).not.toMatch(/deputyId/);
    }
    expect(audits.filter((a) => a.action === "ballot").every((a) => !a.public)).toBe(true);
  });
});
