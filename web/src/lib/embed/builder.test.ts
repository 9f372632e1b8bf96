import { describe, expect, it } from "vitest";
import { builderState } from "./builder";

const schools = [{ slug: "aadal-college", name: "Aadal College" }];

function run(query: string, lists: { schools: typeof schools | null } = { schools }) {
  return builderState(new URL(`https://loket.example/zet-op-je-website${query}`), lists.schools);
}

describe("the snippet builder's state", () => {
  it("asks for a school before it shows code", () => {
    expect(run("").result).toBeNull();
  });

  it("turns the form's repeated checkboxes into the element's lists", () => {
    const state = run("?school=aadal-college&sections=events&sections=contact&events=2&lang=nl&layout=full&heading-level=2");
    expect(state.widget).toBe("aanbod");
    expect(state.result?.script).toContain('<techniek-aanbod school="aadal-college" sections="events,contact" events="2"></techniek-aanbod>');
    expect(state.result?.title).toBe("Techniek bij Aadal College");
    expect(state.result?.previewUrl).toBe("https://loket.example/embed/aanbod/iframe?school=aadal-college&sections=events%2Ccontact&events=2");
  });

  it("titles the frame in the widget's language, with the slug when the list is missing", () => {
    expect(run("?school=aadal-college&lang=en", { schools: null }).result?.title).toBe("Technology at aadal-college");
  });

  it("builds the agenda's snippet, which needs no choice at all", () => {
    const state = run("?widget=agenda&audience=parents&kind=techniekmarkt&kind=open-day&limit=5");
    expect(state.result?.script).toContain('<techniek-agenda audience="parents" kind="techniekmarkt,open-day"></techniek-agenda>');
  });
});
