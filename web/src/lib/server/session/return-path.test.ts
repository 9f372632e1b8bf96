import { describe, expect, it } from "vitest";
import { returnPath, signInPathFor } from "./return-path";

describe("returnPath", () => {
  it("follows a local path under /beheer, with its query", () => {
    expect(returnPath("/beheer")).toBe("/beheer");
    expect(returnPath("/beheer/evenementen?pagina=2")).toBe("/beheer/evenementen?pagina=2");
  });

  it("goes to the dashboard for anything else", () => {
    for (const naar of [null, "", "beheer", "/agenda", "/beheerder", "//evil.example/beheer", "/\\evil.example", "https://evil.example/beheer", "/beheer/../agenda"]) {
      expect(returnPath(naar), String(naar)).toBe("/beheer");
    }
  });
});

describe("signInPathFor", () => {
  it("names the page to come back to, except the dashboard itself", () => {
    expect(signInPathFor("/beheer")).toBe("/inloggen");
    expect(signInPathFor("/beheer/evenementen?x=1")).toBe("/inloggen?naar=%2Fbeheer%2Fevenementen%3Fx%3D1");
  });
});
