import { render } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import PageMeta, { shortDescription } from "./PageMeta.svelte";

afterEach(() => {
  document.head.innerHTML = "";
});

const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute("content");

describe("PageMeta", () => {
  it("sets title, description, canonical, OpenGraph and Twitter tags", () => {
    render(PageMeta, {
      props: { title: "Techniekmarkt Oss", description: "Bedrijven laten techniek zien.", canonical: "https://loket.example/agenda/markt" },
    });

    expect(document.title).toBe("Techniekmarkt Oss - Het Techniek Loket");
    expect(meta('meta[name="description"]')).toBe("Bedrijven laten techniek zien.");
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("https://loket.example/agenda/markt");
    expect(meta('meta[property="og:title"]')).toBe("Techniekmarkt Oss");
    expect(meta('meta[property="og:url"]')).toBe("https://loket.example/agenda/markt");
    expect(meta('meta[property="og:type"]')).toBe("website");
    expect(meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  });

  it("gives previews the site's own picture, or the page's, at an absolute address", () => {
    render(PageMeta, { props: { title: "Agenda", description: "Alles.", canonical: "https://loket.example/agenda" } });
    expect(meta('meta[property="og:image"]')).toBe("https://loket.example/beelden/welkom.png");
    expect(meta('meta[property="og:image:width"]')).toBe("1200");
    expect(document.head.querySelector('meta[property="og:image:alt"]')).toBeNull();
    document.head.innerHTML = "";

    const image = { src: "https://api.example/images/k/1600.webp", alt: "Kraam met robots", width: 1600, height: 900 };
    render(PageMeta, { props: { title: "Markt", description: "Markt.", canonical: "https://loket.example/agenda/markt", image } });
    expect(meta('meta[property="og:image"]')).toBe(image.src);
    expect(meta('meta[property="og:image:alt"]')).toBe("Kraam met robots");
  });

  it("leaves out the canonical link when there is none", () => {
    render(PageMeta, { props: { title: "Zoeken", description: "Zoek." } });
    expect(document.head.querySelector('link[rel="canonical"]')).toBeNull();
  });
});

describe("shortDescription", () => {
  it("keeps short text and flattens white space", () => {
    expect(shortDescription("Een  korte\n\ntekst.")).toBe("Een korte tekst.");
  });

  it("cuts long text at a word, with an ellipsis", () => {
    const text = shortDescription("woord ".repeat(50), 40);
    expect(text.length).toBeLessThanOrEqual(40);
    expect(text).toMatch(/woord…$/);
  });
});
