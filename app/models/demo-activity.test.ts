import { describe, expect, it } from "vitest";
import { DEMO_NOTE, demoDepartment, demoUpdate } from "~/models/demo-activity.server";

describe("demo activity (示例数据)", () => {
  it("gives each sector a plausible lead department", () => {
    expect(demoDepartment("社会保障")).toBe("区人力资源和社会保障局");
    expect(demoDepartment("卫生健康")).toBe("区卫生健康局");
    expect(demoDepartment("城市建设")).toBe("区住房和城乡建设局");
    expect(demoDepartment(null)).toBe("区发展和改革局");
    expect(demoDepartment("政府建设")).toBe("区发展和改革局");
  });

  it("touches about a third of the items, deterministically", () => {
    const plans = Array.from({ length: 60 }, (_, i) => demoUpdate(i));
    expect(plans.filter(Boolean)).toHaveLength(30);
    expect(demoUpdate(0)).toEqual({ status: "verified", progress: 100 });
    expect(demoUpdate(1)).toBeNull();
    expect(plans.every((p) => !p || (p.progress >= 0 && p.progress <= 100))).toBe(true);
    expect(DEMO_NOTE).toContain("示例数据");
  });
});
