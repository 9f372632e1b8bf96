import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import PlainText, { paragraphs } from "./PlainText.svelte";

describe("PlainText", () => {
  it("splits text into paragraphs at blank lines", () => {
    expect(paragraphs("Een.\r\n\r\nTwee\nregels.\n \n\nDrie.")).toEqual(["Een.", "Twee\nregels.", "Drie."]);
  });

  it("shows markup as text, never as HTML", () => {
    const { container } = render(PlainText, { props: { text: 'Kijk <img src=x onerror="alert(1)">\n\n<script>x</script>' } });
    expect(container.querySelectorAll("p")).toHaveLength(2);
    expect(container.querySelector("img, script")).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
