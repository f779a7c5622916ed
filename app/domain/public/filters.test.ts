import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  filtersToSearch,
  isFiltered,
  foldRadicals,
  likePattern,
  pageCount,
  parseFilters,
  searchTerms,
} from "~/domain/public/filters";

const parse = (query: string, extra?: string[]) => parseFilters(new URLSearchParams(query), extra);

describe("list filters", () => {
  it("reads nothing as the defaults", () => {
    expect(parse("")).toEqual({ filters: DEFAULT_FILTERS, invalid: [] });
    expect(parse("status=&q=&sort=&page=").filters).toEqual(DEFAULT_FILTERS);
  });

  it("reads every filter", () => {
    const { filters, invalid } = parse(
      "year=2025&q=+民祥科技++产业园 &assessment=carried_over&status=in_progress&verdict=none&sector=民生&department=7&kind=numeric&light=red&overdue=1&sort=behind&page=3&perPage=50",
    );
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      year: 2025,
      q: "民祥科技 产业园",
      assessment: "carried_over",
      status: "in_progress",
      verdict: "none",
      sector: "民生",
      department: 7,
      kind: "numeric",
      light: "red",
      overdue: true,
      sort: "behind",
      page: 3,
      perPage: 50,
    });
  });

  it("leaves out and reports what it does not understand", () => {
    const { filters, invalid } = parse(
      "assessment=kept&status=finished&verdict=maybe&kind=x&light=blue&overdue=yes&sort=random&page=0&perPage=1000&year=12&department=abc&foo=1",
    );
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(invalid.sort()).toEqual(
      ["assessment", "department", "foo", "kind", "light", "overdue", "page", "perPage", "sort", "status", "verdict", "year"].sort(),
    );
    expect(parse("jurisdiction=zhangdian", ["jurisdiction"]).invalid).toEqual([]);
  });

  it("takes 'none' for promises without a lead department", () => {
    expect(parse("department=none").filters.department).toBe("none");
  });

  it("writes one canonical query string per state, defaults left out", () => {
    expect(filtersToSearch({})).toBe("");
    expect(filtersToSearch({ page: 2, status: "in_progress" })).toBe("?status=in_progress&page=2");
    expect(filtersToSearch({ q: " 就业 ", sort: "order", page: 1, perPage: undefined })).toBe(
      `?q=${encodeURIComponent("就业")}`,
    );
    const a = parse("page=2&status=done&overdue=1&q=养老").filters;
    const b = parse("q=养老&overdue=true&status=done&page=2").filters;
    expect(filtersToSearch(a)).toBe(filtersToSearch(b));
    expect(parse(filtersToSearch(a).slice(1)).filters).toEqual(a);
  });

  it("knows when a filter narrows the list", () => {
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, page: 4, sort: "due" })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, department: "none" })).toBe(true);
    expect(isFiltered({ ...DEFAULT_FILTERS, overdue: true })).toBe(true);
  });

  it("counts pages, at least one", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});

describe("search terms", () => {
  it("sends terms of three or more characters to the trigram index as phrases", () => {
    expect(searchTerms("民祥科技")).toEqual({ all: ["民祥科技"], match: '"民祥科技"', short: [] });
    expect(searchTerms("新增 城镇就业 1.3万人")).toEqual({
      all: ["新增", "城镇就业", "1.3万人"],
      match: '"城镇就业" AND "1.3万人"',
      short: ["新增"],
    });
  });

  it("matches one- and two-character terms by substring instead", () => {
    expect(searchTerms("养老")).toEqual({ all: ["养老"], match: null, short: ["养老"] });
    expect(searchTerms("5G 路")).toEqual({ all: ["5G", "路"], match: null, short: ["5G", "路"] });
  });

  it("escapes quotes inside phrases and drops repeats", () => {
    expect(searchTerms('"四新"经济 "四新"经济').match).toBe('"""四新""经济"');
  });

  it("folds Kangxi radicals to the ideographs they stand for, as report text is stored", () => {
    expect(searchTerms("⼯业 ⾦融").all).toEqual(["工业", "金融"]);
    expect(foldRadicals("⺟婴")).toBe("母婴");
    expect(foldRadicals("５Ｇ 教育")).toBe("５Ｇ 教育");
  });

  it("escapes LIKE wildcards", () => {
    expect(likePattern("5%")).toBe("%5\\%%");
    expect(likePattern("a_b\\")).toBe("%a\\_b\\\\%");
  });
});
