import { describe, expect, it } from "vitest";
import { distanceKm, distanceText } from "./distance";

const veghel = { name: "Veghel", latitude: 51.6167, longitude: 5.5489 };
const oss = { latitude: 51.7654, longitude: 5.5176 };

describe("distance to a venue", () => {
  it("measures as the crow flies", () => {
    expect(distanceKm(veghel, oss)).toBeCloseTo(16.7, 1);
    expect(distanceKm(veghel, veghel)).toBe(0);
  });

  it("says it in Dutch, with a decimal only nearby", () => {
    expect(distanceText(oss, veghel)).toBe("17 km van Veghel");
    expect(distanceText({ latitude: 51.63, longitude: 5.55 }, veghel)).toBe("1,5 km van Veghel");
    expect(distanceText({ latitude: null, longitude: null }, veghel)).toBeNull();
    expect(distanceText(null, veghel)).toBeNull();
  });
});
