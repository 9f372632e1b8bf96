// Capacity is never exceeded, whatever the concurrency: 200 people sign up at once for 30 seats.
import { describe, expect, it } from "vitest";
import { graphql, sql } from "../../test/graphql.ts";
import { SIGN_UP, signupEvent, signupInput } from "./test-fixtures.ts";

describe("200 concurrent sign-ups for 30 seats", () => {
  it("confirms exactly 30 seats and puts the other 170 on the waiting list in order, with no errors and none lost", async () => {
    const event = await signupEvent({ capacity: 30 });
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        graphql(SIGN_UP, { input: signupInput(event.globalId, { email: `ouder${n}@gezin.example`, name: `Ouder ${n}` }) }, { peer: `198.51.100.${n % 250}` }),
      ),
    );
    console.log(`200 concurrent sign-ups took ${Math.round(performance.now() - started)} ms`);

    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const answers = results.map((result) => result.data.signUpForEvent);
    expect(answers.filter((answer) => answer.__typename !== "SignupWithToken")).toEqual([]);
    const confirmed = answers.filter((answer) => answer.signup.status === "CONFIRMED");
    const waiting = answers.filter((answer) => answer.signup.status === "WAITLISTED");
    expect(confirmed).toHaveLength(30);
    expect(waiting.map((answer) => answer.signup.waitingPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 170 }, (_, n) => n + 1));

    const rows = await sql(`SELECT status, count(*)::int AS n, sum("groupSize")::int AS seats FROM "Signup" WHERE "eventId" = $1 GROUP BY status ORDER BY status`, [event.id]);
    expect(rows).toEqual([
      { status: "CONFIRMED", n: 30, seats: 30 },
      { status: "WAITLISTED", n: 170, seats: 170 },
    ]);
  }, 60_000);
});
