import { describe, expect, it } from "vitest";
import { buildMonth } from "./month-calendar";

interface Item {
  id: string;
  startsAt: string;
  endsAt: string;
}

const techniekweek: Item = { id: "week", startsAt: "2027-03-14T23:00:00.000Z", endsAt: "2027-03-19T23:00:00.000Z" };
const markt: Item = { id: "markt", startsAt: "2027-03-13T09:00:00.000Z", endsAt: "2027-03-13T14:00:00.000Z" };
// 23:30 UTC on 31 March is 01:30 on 1 April in Amsterdam: not in March.
const lateNight: Item = { id: "late", startsAt: "2027-03-31T23:30:00.000Z", endsAt: "2027-04-01T01:00:00.000Z" };
// From 27 February into March: shown from 1 March only.
const fromFebruary: Item = { id: "feb", startsAt: "2027-02-27T08:00:00.000Z", endsAt: "2027-03-02T16:00:00.000Z" };

describe("buildMonth", () => {
  const march = buildMonth("2027-03", [fromFebruary, markt, techniekweek, lateNight], "2027-03-17");
  const day = (date: string) => march.weeks.flat().find((d) => d.date === date)!;
  const ids = (date: string) => day(date).entries.map((e) => e.event.id);

  it("lays out whole weeks from Monday to Sunday", () => {
    // 1 March 2027 is a Monday, 31 March a Wednesday.
    expect(march.weeks).toHaveLength(5);
    expect(march.weeks[0][0].date).toBe("2027-03-01");
    expect(march.weeks[4].map((d) => d.date)).toEqual(["2027-03-29", "2027-03-30", "2027-03-31", "2027-04-01", "2027-04-02", "2027-04-03", "2027-04-04"]);
    expect(march.weeks.every((week) => week.length === 7)).toBe(true);
    expect(day("2027-04-01").inMonth).toBe(false);
  });

  it("puts a several-day event on each of its local days, and only there", () => {
    expect(["2027-03-15", "2027-03-16", "2027-03-17", "2027-03-18", "2027-03-19"].map(ids)).toEqual(Array(5).fill(["week"]));
    expect(ids("2027-03-14")).toEqual([]);
    expect(ids("2027-03-20")).toEqual([]);
    expect(day("2027-03-15").entries[0].startsToday).toBe(true);
    expect(day("2027-03-16").entries[0].startsToday).toBe(false);
  });

  it("places events on their Amsterdam day and leaves other months' days empty", () => {
    expect(ids("2027-03-13")).toEqual(["markt"]);
    expect(ids("2027-03-31")).toEqual([]);
    expect(day("2027-04-01").entries).toEqual([]);
    expect(ids("2027-03-01")).toEqual(["feb"]);
    expect(ids("2027-03-02")).toEqual(["feb"]);
  });

  it("marks today", () => {
    expect(march.weeks.flat().filter((d) => d.isToday).map((d) => d.date)).toEqual(["2027-03-17"]);
  });

  it("starts a month that begins on a Sunday with six days of the month before", () => {
    const august = buildMonth("2027-08", [], "2026-11-28");
    expect(august.weeks[0][0].date).toBe("2027-07-26");
    expect(august.weeks[0][6]).toMatchObject({ date: "2027-08-01", inMonth: true });
    expect(august.weeks).toHaveLength(6);
  });
});
