import { describe, expect, it } from "vitest";
import { aanbodOptions, agendaOptions } from "./options";
import { aanbodAttributes, agendaAttributes, iframeHeight, iframeSnippet, scriptSnippet } from "./snippet";

const SITE = "https://loket.example";
const aanbod = (query: string) => {
  const { options } = aanbodOptions(new URLSearchParams(query));
  return { ...options, school: options.school! };
};
const agenda = (query: string) => agendaOptions(new URLSearchParams(query)).options;

describe("snippets", () => {
  it("name only what differs from the defaults", () => {
    expect(scriptSnippet(SITE, "aanbod", aanbodAttributes(aanbod("school=aadal-college")))).toBe(
      '<script src="https://loket.example/embed.js" async></script>\n<techniek-aanbod school="aadal-college"></techniek-aanbod>',
    );
    expect(aanbodAttributes(aanbod("school=x&sections=events,contact&events=5&lang=en&layout=compact&heading-level=3"))).toEqual([
      ["school", "x"],
      ["sections", "events,contact"],
      ["events", "5"],
      ["lang", "en"],
      ["layout", "compact"],
      ["heading-level", "3"],
    ]);
    expect(agendaAttributes(agenda(""))).toEqual([]);
  });

  it("keep a chosen order of all sections", () => {
    const reordered = "events,profiles,techlab,primary,electives,challenges,partners,contact";
    expect(aanbodAttributes(aanbod(`school=x&sections=${reordered}`))).toContainEqual(["sections", reordered]);
  });

  it("give the iframe form the same options, an escaped title and a height", () => {
    const attributes = agendaAttributes(agenda("municipality=oss,bernheze&kind=open-day&limit=3"));
    expect(iframeSnippet(SITE, "agenda", attributes, 'Agenda "Oss" <b>', iframeHeight("agenda", agenda("limit=3")))).toBe(
      '<iframe src="https://loket.example/embed/agenda/iframe?municipality=oss%2Cbernheze&amp;kind=open-day&amp;limit=3" ' +
        'title="Agenda &quot;Oss&quot; &lt;b&gt;" width="100%" height="318" style="border:0;max-width:100%" loading="lazy"></iframe>\n' +
        '<script>addEventListener("message",function(e){var h=e.origin==="https://loket.example"&&e.data&&e.data.techniekLoketHeight;' +
        'if(h)document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=h+"px"})});</script>',
    );
  });

  it("make a frame taller for more sections and events, and shorter when compact", () => {
    const full = iframeHeight("aanbod", aanbod("school=x"));
    expect(iframeHeight("aanbod", aanbod("school=x&sections=events"))).toBeLessThan(full);
    expect(iframeHeight("aanbod", aanbod("school=x&events=10"))).toBeGreaterThan(full);
    expect(iframeHeight("aanbod", aanbod("school=x&layout=compact"))).toBeLessThan(full);
  });
});
