// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { define, TAG, TechniekAanbod } from "./element";

define();

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

describe("<techniek-aanbod>", () => {
  it("is registered once, even when the script runs twice", () => {
    define();
    expect(customElements.get(TAG)).toBe(TechniekAanbod);
  });

  it("reads its attributes when connected", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    document.body.innerHTML = `<techniek-aanbod school="het-hooghuis" events="5" layout="compact"></techniek-aanbod>`;

    const element = document.querySelector(TAG) as TechniekAanbod;
    expect(element).toBeInstanceOf(TechniekAanbod);
    expect(element.options).toMatchObject({ school: "het-hooghuis", events: 5, layout: "compact" });
    expect(warn).not.toHaveBeenCalled();
  });

  it("logs one prefixed warning per attribute problem", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    document.body.innerHTML = `<techniek-aanbod sections="events,agenda" lang="fr"></techniek-aanbod>`;

    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      expect.stringMatching(/^<techniek-aanbod> school: /),
      expect.stringMatching(/^<techniek-aanbod> sections: .*"agenda"/),
      expect.stringMatching(/^<techniek-aanbod> lang: .*"fr"/),
    ]);
  });
});
