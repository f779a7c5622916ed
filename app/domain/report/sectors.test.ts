import { describe, expect, it } from "vitest";
import { sectorOf } from "~/domain/report/sectors";

describe("sectorOf", () => {
  it("labels the nearest heading from a fixed vocabulary, falling back on the headings above", () => {
    expect(sectorOf(["努力让社会保障更暖心", "五、聚力提升民生品质，建设共建共享的幸福张店"])).toBe("社会保障");
    expect(sectorOf(["（三）着力推进产业升级，加快主导产业发展"])).toBe("产业发展");
    expect(sectorOf(["加快建设教育强区"])).toBe("教育");
    expect(sectorOf(["精心呵护生态环境"])).toBe("生态环境");
    expect(sectorOf(["始终做到廉洁从政"])).toBe("政府建设");
    expect(sectorOf(["做好以下工作", "（二）聚焦城市更新，提升城市品质"])).toBe("城市建设");
    expect(sectorOf(["做好以下工作"])).toBeNull();
  });
});
