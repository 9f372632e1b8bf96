import { describe, expect, it } from "vitest";
import { audienceSectors, eventKinds, organisationKinds, valueByWord, wordsOf } from "./enum-words";

type Table = Record<string, Record<string, string>>;

function expectReadableWords(table: Table, spelling: string) {
  const byWord = valueByWord(table, spelling);
  for (const [value, words] of wordsOf(table)) {
    expect(words[spelling]).toMatch(/^[a-z][a-z-]*$/);
    expect(byWord.get(words[spelling])).toBe(value);
  }
}

// The compiler checks that every API value has its words; it cannot check that a word is spelt
// like a URL value and names one value only, which reading a word back depends on.
describe("the words of the API's enum values", () => {
  it("give each value one lower-case word per spelling, which reads back as that value", () => {
    expectReadableWords(eventKinds, "url");
    expectReadableWords(eventKinds, "widget");
    expectReadableWords(audienceSectors, "url");
    expectReadableWords(audienceSectors, "widget");
    expectReadableWords(organisationKinds, "url");
  });
});
