import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import Address, { openStreetMapUrl } from "./Address.svelte";

describe("Address", () => {
  it("links to the spot on OpenStreetMap", () => {
    expect(openStreetMapUrl(51.75769, 5.51752)).toBe("https://www.openstreetmap.org/?mlat=51.75769&mlon=5.51752#map=16/51.75769/5.51752");
  });

  it("shows the address lines and the map link", () => {
    render(Address, { props: { address: { street: "Torenstraat 119", postalCode: "5346 SC", city: "Oss", latitude: 51.75769, longitude: 5.51752 } } });
    expect(screen.getByText("Torenstraat 119")).toBeTruthy();
    expect(screen.getByText("5346 SC Oss")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Bekijk op de kaart (OpenStreetMap)" })).toBeTruthy();
  });

  it("has no map link without coordinates", () => {
    render(Address, { props: { address: { city: "Oss" } } });
    expect(screen.queryByRole("link")).toBeNull();
  });
});
