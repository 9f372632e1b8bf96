import { describe, expect, it } from "vitest";
import { tidyFormQuery } from "./form-query";

describe("tidyFormQuery", () => {
  it("drops the empty and default fields a GET form sends", () => {
    const sent = new URLSearchParams("tekst=&soort=techniekmarkt&wanneer=&van=&tot=&gemeente=oss&plaats=&afstand=10&profiel=&weergave=lijst");
    expect(tidyFormQuery(sent)?.toString()).toBe("soort=techniekmarkt&gemeente=oss");
  });

  it("keeps a radius other than the default next to a place", () => {
    expect(tidyFormQuery(new URLSearchParams("plaats=Veghel&afstand=25&tekst="))?.toString()).toBe("plaats=Veghel&afstand=25");
  });

  it("drops a radius without a place, and keeps the month view", () => {
    expect(tidyFormQuery(new URLSearchParams("afstand=25&weergave=maand&maand=2027-03"))?.toString()).toBe("weergave=maand&maand=2027-03");
  });

  it("is null for a query string that is already tidy, so there is no redirect loop", () => {
    expect(tidyFormQuery(new URLSearchParams("soort=techniekmarkt&plaats=Veghel&afstand=25"))).toBeNull();
    expect(tidyFormQuery(new URLSearchParams(""))).toBeNull();
  });
});
