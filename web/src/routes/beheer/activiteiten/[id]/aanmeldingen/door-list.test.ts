// The door list as Dutch Excel reads it: BOM, `;`, a Dutch header, and no formula from what
// strangers typed.
import { describe, expect, it } from "vitest";
import { csvCell, doorListCsv, doorListFileName } from "./door-list";
import type { SignupRow } from "./signup-list";

const row = (overrides: Partial<SignupRow>): SignupRow => ({
  id: "1",
  status: "CONFIRMED",
  groupSize: 24,
  groupLabel: "groep 7b",
  waitingPosition: null,
  name: "Juf Anna",
  email: "anna@school.example",
  phone: "06 12345678",
  remark: null,
  organisation: { name: "Het Ambachtshuis" },
  organisationName: null,
  attended: null,
  attendedCount: null,
  createdAt: "2027-02-01T09:15:00.000Z",
  ...overrides,
});

describe("the door list", () => {
  it("has a BOM, a Dutch header, confirmed then waiting, in Amsterdam time", () => {
    const csv = doorListCsv({
      confirmed: [row({ attended: true, attendedCount: 22 })],
      waiting: [row({ id: "2", status: "WAITLISTED", waitingPosition: 1, name: "Ouder Dirk", organisation: null, organisationName: "Gezin Dirksen", groupLabel: null, groupSize: 4, phone: null })],
    });
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFStatus;Wachtplek;Groep;Aantal;Organisatie;Naam;E-mail;Telefoon;Opmerking;Aangemeld op;Gekomen;Aantal gekomen",
      "bevestigd;;groep 7b;24;Het Ambachtshuis;Juf Anna;anna@school.example;06 12345678;;maandag 1 februari 2027 10:15;ja;22",
      "wachtlijst;1;;4;Gezin Dirksen;Ouder Dirk;anna@school.example;;;maandag 1 februari 2027 10:15;;",
      "",
    ]);
  });

  it("defuses formulas and quotes separators, quotes and line breaks", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+31 6 1234")).toBe("'+31 6 1234");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(12)).toBe("12");
  });

  it("is named after the event's slug", () => {
    expect(doorListFileName("techlab-2027-03-11")).toBe("aanmeldingen-techlab-2027-03-11.csv");
    expect(doorListFileName('x"; evil')).toBe("aanmeldingen-xevil.csv");
  });
});
