import { describe, expect, it } from "vitest";
import { addDays, addMonths, parseDate, parseMonth, weekdayMondayFirst } from "./days";

describe("calendar arithmetic", () => {
  it("adds days and months across month and year ends and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
  });

  it("counts a day as a day on the days the clocks change (23 and 25 hours)", () => {
    expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
    expect(addDays("2027-03-28", 1)).toBe("2027-03-29");
    expect(addDays("2027-10-31", 1)).toBe("2027-11-01");
    expect(addDays("2027-11-01", -1)).toBe("2027-10-31");
  });

  it("counts weekdays from Monday", () => {
    expect(weekdayMondayFirst("2026-11-30")).toBe(0); // Monday
    expect(weekdayMondayFirst("2026-11-28")).toBe(5); // Saturday
    expect(weekdayMondayFirst("2026-11-29")).toBe(6); // Sunday
  });
});

describe("parseDate", () => {
  it("takes real days in YYYY-MM-DD form", () => {
    expect(parseDate("2026-11-28")).toBe("2026-11-28");
    expect(parseDate("2028-02-29")).toBe("2028-02-29");
    expect(parseDate("2000-01-01")).toBe("2000-01-01");
    expect(parseDate("2100-12-31")).toBe("2100-12-31");
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    for (const value of ["2026-02-30", "2027-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"]) {
      expect(parseDate(value), value).toBeUndefined();
    }
  });

  it("refuses years outside 2000-2100, where Date arithmetic breaks or no agenda reaches", () => {
    for (const value of ["9999-12-31", "0001-01-01", "0099-06-01", "1999-12-31", "2101-01-01"]) {
      expect(parseDate(value), value).toBeUndefined();
    }
  });

  it("refuses other forms", () => {
    for (const value of ["1-12-2026", "2026-1-5", "20261128", "2026-11-28T00:00", " 2026-11-28", "+02026-11-28"]) {
      expect(parseDate(value), value).toBeUndefined();
    }
  });
});

describe("parseMonth", () => {
  it("takes months in YYYY-MM form within 2000-2100", () => {
    expect(parseMonth("2027-03")).toBe("2027-03");
    expect(parseMonth("2100-12")).toBe("2100-12");
  });

  it("refuses other months and forms", () => {
    for (const value of ["2027-13", "2027-00", "2027-3", "9999-12", "0001-01", "1999-12", "2101-01", "2027-03-01"]) {
      expect(parseMonth(value), value).toBeUndefined();
    }
  });
});
