import { describe, expect, it } from "vitest";
import { hasControlCharacter } from "./control-characters";

const url = (pathAndQuery: string) => new URL(`http://localhost${pathAndQuery}`);

describe("hasControlCharacter", () => {
  it("finds NUL and other control characters in any path segment or parameter", () => {
    for (const address of [
      "/agenda/ab%00c",
      "/organisaties/%00",
      "/agenda?tekst=a%00b",
      "/agenda?tekst%00=robot",
      "/agenda.ics?plaats=oss%0A",
      "/embed/aanbod?school=%7F",
      "/embed/agenda/iframe?organisation=a%09b",
    ]) {
      expect(hasControlCharacter(url(address)), address).toBe(true);
    }
  });

  it("lets ordinary addresses through, accents, spaces and escaped slashes included", () => {
    for (const address of ["/", "/agenda?tekst=caf%C3%A9+robot&plaats=%27s-Hertogenbosch", "/agenda/techniekmarkt-oss-2027-06-10", "/sitemap.xml", "/a%2Fb"]) {
      expect(hasControlCharacter(url(address)), address).toBe(false);
    }
  });

  it("leaves an address SvelteKit cannot decode to SvelteKit's own 400", () => {
    for (const address of ["/agenda/%E0%A4%A", "/agenda/100%"]) {
      expect(hasControlCharacter(url(address)), address).toBe(false);
    }
  });
});
