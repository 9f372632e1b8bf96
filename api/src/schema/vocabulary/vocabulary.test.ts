import { describe, expect, it } from "vitest";
import { graphql, query } from "../../test/graphql.ts";

describe("the plan's vocabulary", () => {
  it("has the eight action lines in order, each with offering", async () => {
    const { actionLines } = await query(`{ actionLines { number title offerings { title } } }`);
    expect(actionLines.map((line: any) => line.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Line 7 (borging vanaf 2029) is about structure and agreements, not an offering to schools.
    expect(actionLines.filter((line: any) => line.offerings.length === 0).map((l: any) => l.number)).toEqual(
      expect.not.arrayContaining([1, 2, 3, 4, 5, 6]),
    );
  });

  it("finds an action line by number or slug, and says so when given neither", async () => {
    const byNumber = await query(`{ actionLine(number: 3) { slug number } }`);
    const bySlug = await query(`query($slug: String) { actionLine(slug: $slug) { number } }`, { slug: byNumber.actionLine.slug });
    expect(bySlug.actionLine.number).toBe(3);
    const neither = await graphql(`{ actionLine { number } }`);
    expect(neither.errors?.[0].message).toBe("Give either number or slug, not both");
  });

  it("has the technical profiles first, then the others", async () => {
    const { profiles } = await query(`{ profiles { code technical } }`);
    expect(profiles.slice(0, 4).map((p: any) => p.code).sort()).toEqual(["BWI", "MT", "MVI", "PIE"]);
    expect(profiles.slice(4).every((p: any) => !p.technical)).toBe(true);
  });

  it("models audiences from primary group 1 to companies", async () => {
    const { audiences } = await query(`{ audiences { code sector level } }`);
    const codes = audiences.map((a: any) => a.code);
    for (const code of ["PO_GROUP_1", "PO_GROUP_8", "VMBO_YEAR_1", "VMBO_YEAR_4", "MBO", "PRAKTIJKONDERWIJS", "VSO", "TEACHERS", "PARENTS", "COMPANIES"]) {
      expect(codes).toContain(code);
    }
    expect(audiences.find((a: any) => a.code === "VMBO_YEAR_3")).toMatchObject({ sector: "VMBO_BOVENBOUW", level: 3 });
  });
});
