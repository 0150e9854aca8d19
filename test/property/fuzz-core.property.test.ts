/**
 * Fuzzing the core with a fixed seed: finding mentions, decoding values, and answer() over hostile
 * text (random Unicode, control characters, right-to-left text, nested markup, code fragments) never
 * throw and keep their contracts. 10,000 runs for each property, one in 50 of them a 1 MB paste
 * (cut to 40,000 characters first); and 20 runs of 1 MB pastes alone. And finding
 * mentions does work linear in the text: counted, not timed (src/codes/work-meter.ts), on
 * adversarial inputs for its regexes at sizes n and 4n.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_NAME_TYPO_LOOKUPS } from "../../src/codes/find-mentions.ts";
import { measureWork, totalWork } from "../../src/codes/work-meter.ts";
import {
  type Answer,
  type Catalog,
  decodeHresult,
  decodeNtstatus,
  type Errdesk,
  findMentions,
  formatValue,
  MAX_TEXT_LENGTH,
} from "../../src/index.ts";
import { SEARCH_OPTIONS } from "../../src/search/search-options.ts";
import { realErrdesk } from "../helpers/errdesk.ts";
import { hugeText, messageOrPaste, SEED } from "./fuzz-inputs.ts";

const RUNS = 10_000;
const HUGE_RUNS = 20;
const MB = 1_000_000;

let errdesk: Errdesk;
let catalog: Catalog;
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
  catalog = errdesk.catalog;
});

const uint32 = fc.integer({ min: 0, max: 0xffff_ffff });

function expectMentionContract(text: string) {
  const mentions = findMentions(text, catalog);
  const cut = text.slice(0, MAX_TEXT_LENGTH);
  let last = -1;
  const values = new Set<number>();
  for (const m of mentions) {
    expect(m.start).toBeGreaterThan(last);
    expect(m.end).toBeLessThanOrEqual(cut.length);
    expect(cut.slice(m.start, m.end)).toBe(m.text);
    expect(Number.isInteger(m.value) && m.value >= 0 && m.value <= 0xffff_ffff).toBe(true);
    expect(values.has(m.value)).toBe(false);
    values.add(m.value);
    last = m.start;
  }
  return mentions;
}

function expectAnswerContract(answer: Answer) {
  expect(["codes", "suggestions", "nothing"]).toContain(answer.kind);
  expect(["en", "es"]).toContain(answer.lang);
  expect(typeof answer.text).toBe("string");
  for (const hit of answer.hits) {
    expect(hit.value).toMatch(/^0x[0-9A-F]{8}$/);
    expect(hit.interpretations.length).toBeGreaterThan(0);
  }
  for (const s of answer.suggestions) expect(s.score).toBeGreaterThanOrEqual(0);
  expect(() => JSON.stringify(answer)).not.toThrow();
}

describe("findMentions over hostile text", () => {
  it(`never throws, and every mention is a span of the text with a 32-bit value, once (${RUNS} runs, 1 MB pastes among them)`, {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(messageOrPaste(MB), (text) => {
        expectMentionContract(text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`never throws on 1 MB inputs, reading only the first ${MAX_TEXT_LENGTH} characters (${HUGE_RUNS} runs)`, {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(hugeText(MB), (text) => {
        expect(text.length).toBeGreaterThanOrEqual(MB);
        expectMentionContract(text);
      }),
      { seed: SEED, numRuns: HUGE_RUNS },
    );
  });
});

describe("decoding", () => {
  it(`decodeHresult and decodeNtstatus take every 32-bit value apart and back (${RUNS} runs)`, {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(uint32, (v) => {
        const h = decodeHresult(v);
        const back =
          ((h.severity === "failure" ? 1 : 0) << 31) |
          (Number(h.reserved) << 30) |
          (Number(h.customer) << 29) |
          (Number(h.ntstatus) << 28) |
          (Number(h.x) << 27) |
          (h.facility << 16) |
          h.code;
        expect(back >>> 0).toBe(v);
        const n = decodeNtstatus(v);
        const severity = ["success", "informational", "warning", "error"].indexOf(n.severity);
        const nBack =
          (severity << 30) |
          (Number(n.customer) << 29) |
          (Number(n.reserved) << 28) |
          (n.facility << 16) |
          n.code;
        expect(nBack >>> 0).toBe(v);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`never throws on values that are not 32-bit integers (${RUNS} runs)`, { timeout: 240_000 }, () => {
    const odd = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, -0, 2 ** 53, -(2 ** 31) - 1, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(odd, (v) => {
        expect(decodeHresult(v).code).toBe((v >>> 0) & 0xffff);
        expect(decodeNtstatus(v).facility).toBe((v >>> 16) & 0xfff);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`answer() reads any failure value written in hex, with fields that match the value (${RUNS} runs)`, {
    timeout: 240_000,
  }, () => {
    const failure = fc.integer({ min: 0x8000_0000, max: 0xffff_ffff });
    fc.assert(
      fc.property(
        failure,
        fc.constantFrom("", "error ", "HRESULT ", "NTSTATUS ", "stop code "),
        (v, prefix) => {
          const answer = errdesk.answer(`${prefix}${formatValue(v)}`);
          expect(answer.kind).toBe("codes");
          const hit = answer.hits[0];
          expect(hit?.value).toBe(formatValue(v));
          for (const reading of hit?.interpretations ?? []) {
            const f = reading.fields;
            if (f.kind === "hresult") expect(f.fields).toEqual(decodeHresult(Number(reading.value)));
            if (f.kind === "ntstatus") expect(f.fields).toEqual(decodeNtstatus(Number(reading.value)));
            if (f.kind === "win32") expect(f.code).toBe(Number(reading.value));
            expect(reading.display.length).toBeGreaterThan(0);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`answerAction() answers every button a forged card could carry (${RUNS} runs)`, {
    timeout: 240_000,
  }, () => {
    const action = fc.record({
      type: fc.constantFrom("fixes", "details", "related", "compact", "lookup", "share"),
      value: uint32.map(formatValue),
      family: fc.constantFrom("hresult", "win32", "ntstatus", "bugcheck"),
      lang: fc.constantFrom("en", "es"),
    }) as fc.Arbitrary<Parameters<Errdesk["answerAction"]>[0]>;
    fc.assert(
      fc.property(action, (a) => expectAnswerContract(errdesk.answerAction(a))),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("answer() over hostile text", () => {
  it(`never throws and keeps the Answer contract (${RUNS} runs, 1 MB pastes among them)`, {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(messageOrPaste(MB), fc.constantFrom(undefined, "es-ES", "en-US", "xx"), (text, locale) => {
        expectAnswerContract(errdesk.answer(text, locale ? { locale } : {}));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("never throws on fully random words and strings (500 runs: each unknown word may cost a typo lookup)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: "binary", maxLength: 300 }),
        (ascii, binary) => {
          expectAnswerContract(errdesk.answer(ascii));
          expectAnswerContract(errdesk.answer(binary));
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it(`never throws on 1 MB inputs, and says it cut them (${HUGE_RUNS} runs)`, { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(hugeText(MB), (text) => {
        const answer = errdesk.answer(text);
        expectAnswerContract(answer);
        expect(answer.truncated).toBe(true);
      }),
      { seed: SEED, numRuns: HUGE_RUNS },
    );
  });
});

describe("finding mentions stays linear (work counted, not timed)", () => {
  const N = 8_000;
  /** Inputs aimed at the scanning regex's alternatives, its look-arounds and the lookups after a match. */
  const ADVERSARIAL: Record<string, (n: number) => string> = {
    digits: (n) => "1".repeat(n),
    hex: (n) => "a1".repeat(n / 2),
    "0x": (n) => "0x".repeat(n / 2),
    underscores: (n) => "_".repeat(n),
    colons: (n) => ":".repeat(n),
    dots: (n) => ".".repeat(n),
    "digits and dots": (n) => "1.".repeat(n / 2),
    dashes: (n) => "-".repeat(n),
    "minus ones": (n) => "-1".repeat(n / 2),
    "a@": (n) => "a@".repeat(n / 2),
    "{0": (n) => "{0".repeat(n / 2),
    "error 1 ": (n) => "error 1 ".repeat(n / 8),
    "0x1_": (n) => "0x1_".repeat(n / 4),
    "hex colons": (n) => "a:".repeat(n / 2),
    "ip-ish": (n) => "1.1.1.".repeat(n / 6),
    "url-ish": (n) => "http://".repeat(n / 7),
    "guid-ish": (n) => "ffffffff-".repeat(n / 9),
    "stop codes with parameters": (n) => "STOP 0x0000007E (0x1, ".repeat(n / 22),
    "misspelt names": (n) =>
      Array.from(
        { length: n / 20 },
        (_, i) => `ERROR_ACESS_DENIE${String.fromCharCode(65 + (i % 26))}${i % 10} `,
      ).join(""),
    "codes everywhere": (n) =>
      Array.from({ length: n / 11 }, (_, i) => `0x8007${(i % 0xffff).toString(16).padStart(4, "0")} `).join(
        "",
      ),
    "times and dates": (n) => "12:30 2024-01-".repeat(n / 14),
    "phone-ish": (n) => "+1 (555) ".repeat(n / 9),
    "right to left": (n) => "\u202Eخطأ 0x8007 ".repeat(n / 12),
  };

  it.each(Object.keys(ADVERSARIAL))("%s: 4x the text costs at most ~4x the work", (name) => {
    const make = ADVERSARIAL[name] ?? (() => "");
    const small = make(N);
    const large = make(4 * N);
    expect(large.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    const a = measureWork(() => findMentions(small, catalog)).work;
    const b = measureWork(() => findMentions(large, catalog)).work;
    // Linear: the ratio of the work follows the ratio of the sizes, and each character costs a
    // bounded number of steps; typo lookups (thousands of comparisons each) have a fixed budget.
    expect(totalWork(b) / totalWork(a)).toBeLessThanOrEqual((4.4 * large.length) / (4 * small.length));
    expect(totalWork(b) / large.length).toBeLessThanOrEqual(4);
    expect(b.scannedChars).toBeLessThanOrEqual(large.length);
    expect(b.nameTypoLookups).toBeLessThanOrEqual(MAX_NAME_TYPO_LOOKUPS);
  });

  it("answer() corrects at most a few unknown words per message, however long", () => {
    const gibberish = (n: number) =>
      Array.from({ length: n / 8 }, (_, i) => `q${(i * 7919).toString(36)}zx`).join(" ");
    const { work } = measureWork(() => errdesk.answer(gibberish(32_000)));
    expect(work.wordTypoLookups).toBeLessThanOrEqual(SEARCH_OPTIONS.maxTypoLookups);
    expect(work.wordTypoLookups).toBeGreaterThan(0);
  });
});
