import { render, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import Breadcrumbs from "./Breadcrumbs.svelte";

describe("Breadcrumbs", () => {
  it("links home and the sections, and marks the page itself", () => {
    render(Breadcrumbs, { props: { crumbs: [{ label: "Organisaties", href: "/organisaties" }, { label: "Het Ambachtshuis", href: "/x" }] } });

    const nav = screen.getByRole("navigation", { name: "Kruimelpad" });
    expect(within(nav).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual(["/", "/organisaties"]);
    expect(within(nav).getByText("Het Ambachtshuis").getAttribute("aria-current")).toBe("page");
  });
});
