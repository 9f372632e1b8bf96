import { isRedirect } from "@sveltejs/kit";
import { describe, expect, it } from "vitest";
import { redirectFormerParams, renameParams } from "./renamed-params";

const former = { zoek: "tekst", voor: "terug" };
const rename = (query: string) => renameParams(new URLSearchParams(query), former)?.toString() ?? null;

describe("renameParams", () => {
  it("renames former names in place and keeps everything else", () => {
    expect(rename("soort=bedrijf&zoek=ambacht+%26+co&voor=c1")).toBe("soort=bedrijf&tekst=ambacht+%26+co&terug=c1");
  });

  it("lets the current name win over a former one", () => {
    expect(rename("zoek=oud&tekst=nieuw")).toBe("tekst=nieuw");
  });

  it("has nothing to do for a query under current names", () => {
    expect(rename("tekst=ambacht&na=c2")).toBeNull();
    expect(rename("constructor=x")).toBeNull();
  });
});

describe("redirectFormerParams", () => {
  it("redirects permanently to the same page under the current names", () => {
    const thrown = (() => {
      try {
        redirectFormerParams(new URL("http://localhost/organisaties?zoek=oss"), former);
      } catch (error) {
        return error;
      }
    })();
    expect(isRedirect(thrown) && [thrown.status, thrown.location]).toEqual([301, "/organisaties?tekst=oss"]);
    expect(() => redirectFormerParams(new URL("http://localhost/organisaties?tekst=oss"), former)).not.toThrow();
  });
});
