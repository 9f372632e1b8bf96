import { render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import ErrorPage from "./+error.svelte";

const page = vi.hoisted(() => ({ status: 404, error: { message: "Not found" } as App.Error | null }));
vi.mock("$app/state", () => ({ page }));

afterEach(() => {
  page.status = 404;
  page.error = { message: "Not found" };
});

describe("error page", () => {
  it("says in Dutch that an unknown page does not exist, with a way back", () => {
    render(ErrorPage);

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Pagina niet gevonden");
    expect(screen.getByRole("link", { name: "Naar de startpagina" }).getAttribute("href")).toBe("/");
    expect(document.body.textContent).not.toContain("Not found");
  });

  it("says the agenda is unreachable when the API is down, without technical details", () => {
    page.status = 503;
    page.error = { message: "connect ECONNREFUSED 127.0.0.1:4000\n    at TCPConnectWrap" };
    render(ErrorPage);

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("De agenda is even niet bereikbaar");
    expect(document.body.textContent).not.toContain("ECONNREFUSED");
  });
});
