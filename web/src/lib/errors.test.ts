import { describe, expect, it } from "vitest";
import { describeError } from "./errors";

describe("describeError", () => {
  it("says a page does not exist for 404", () => {
    expect(describeError(404).title).toBe("Pagina niet gevonden");
  });

  it.each([502, 503, 504])("says the agenda is unreachable for %i", (status) => {
    expect(describeError(status).title).toBe("De agenda is even niet bereikbaar");
  });

  it("gives a general message for other server errors", () => {
    expect(describeError(500).title).toBe("Er ging iets mis");
  });

  it("says the search is wrong for 400, not that the site is down", () => {
    expect(describeError(400).title).toBe("Deze zoekopdracht klopt niet");
  });

  it("gives a general message for other client errors", () => {
    expect(describeError(405).title).toBe("Deze pagina kan niet worden getoond");
  });
});
