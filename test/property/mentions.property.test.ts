import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog, Errdesk } from "../../src/index.ts";
import { findMentions, formatValue } from "../../src/index.ts";
import { realErrdesk } from "../helpers/errdesk.ts";

const SEED = 20261130;
let catalog: Catalog;
let errdesk: Errdesk;
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
  catalog = errdesk.catalog;
});

const FILLER = [
  "the",
  "server",
  "failed",
  "with",
  "and",
  "update",
  "error",
  "code",
  "at",
  "el",
  "equipo",
  "falla",
  "con",
  "código",
  "stop",
  "after",
  "reboot",
  ":",
  "-",
  "(",
  ")",
  ",",
  "\n",
];
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }).map((w) => w.join(" "));

const hex8 = (v: number) => (v >>> 0).toString(16).padStart(8, "0");

/** Every way people write a 32-bit failure code. */
const failureForms = (v: number): string[] => {
  const h = hex8(v);
  return [
    `0x${h.toUpperCase()}`,
    `0x${h}`,
    `0X${h.toUpperCase()}`,
    `0x${h.slice(0, 4)}_${h.slice(4)}`,
    `error ${h.toUpperCase()}`,
    `error ${String(v | 0)}`,
    `error code ${String(v >>> 0)}`,
  ];
};

describe("a value written in any supported form is found and decoded back to the same value", () => {
  it("HRESULT and NTSTATUS failure values, known or not", () => {
    const value = fc.integer({ min: 0x8000_0000, max: 0xffff_ffff });
    fc.assert(
      fc.property(value, fc.nat({ max: 6 }), filler, filler, (v, formIndex, before, after) => {
        const written = failureForms(v)[formIndex] ?? "";
        const text = `${before} ${written} ${after}`;
        const mentions = findMentions(text, catalog);
        expect(mentions.map((m) => formatValue(m.value))).toContain(formatValue(v));
        const hit = errdesk.answer(text).hits.find((h) => h.value === formatValue(v));
        expect(hit?.interpretations.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it("catalog values written bare (no 0x) and as decimals", () => {
    const entries = () => catalog.entries().filter((e) => e.value >= 0x8000_0000);
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom("bare", "signed", "unsigned"), filler, (i, form, before) => {
        const list = entries();
        const entry = list[i % list.length];
        if (!entry) return;
        const v = entry.value;
        const written =
          form === "bare" ? hex8(v).toUpperCase() : form === "signed" ? String(v | 0) : String(v >>> 0);
        const values = findMentions(`${before} ${written}.`, catalog).map((m) => m.value);
        expect(values).toContain(v);
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it("Win32 errors after an error word, in English and Spanish", () => {
    const prefixes = [
      "error",
      "System error",
      "Win32 error:",
      "código de error",
      "error del sistema",
      "exit code",
      "failed with error",
    ];
    const win32 = () =>
      catalog.entries().filter((e) => e.family === "win32" && e.value > 0 && e.value < 0x10000);
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...prefixes), (i, prefix) => {
        const list = win32();
        const entry = list[i % list.length];
        if (!entry) return;
        const answer = errdesk.answer(`${prefix} ${entry.value}`);
        expect(answer.hits[0]?.value).toBe(formatValue(entry.value));
        expect(answer.hits[0]?.interpretations.map((r) => r.family)).toContain("win32");
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("symbolic names, exact and with one typo", () => {
    const named = () =>
      catalog
        .entries()
        .filter((e) => (e.names[0]?.length ?? 0) >= 10 && /^[A-Z0-9_]+$/.test(e.names[0] ?? ""));
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), filler, (i, typo, before) => {
        const list = named();
        const entry = list[i % list.length];
        const name = entry?.names[0];
        if (!entry || !name) return;
        // The typo falls after the namespace (ERROR_, STATUS_), as it does when people retype a name.
        const at = Math.floor(name.length * 0.7);
        const written = typo ? name.slice(0, at) + name.slice(at + 1) : name;
        const mentions = findMentions(`${before} ${written}`, catalog);
        const match = mentions.find((m) => m.start === before.length + 1);
        expect(match, written).toBeDefined();
        // A typo may land on another name at the same distance; an exact name never does.
        if (!typo) expect(match?.value).toBe(entry.value);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe("random text", () => {
  it("never throws, in findMentions or answer()", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 3_000 }), (text) => {
        findMentions(text, catalog);
        const answer = errdesk.answer(text);
        expect(["codes", "suggestions", "nothing"]).toContain(answer.kind);
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  const version = fc
    .array(fc.nat({ max: 99999 }), { minLength: 3, maxLength: 4 })
    .map((parts) => parts.join("."));
  const kb = fc.integer({ min: 100_000, max: 9_999_999 }).map((n) => `KB${n}`);
  const notCodes = fc.oneof(
    fc.uuid(),
    fc.uuid().map((u) => `{${u.toUpperCase()}}`),
    fc.ipV4(),
    fc.ipV6(),
    version,
    kb,
  );

  it("never yields a code from inside a GUID, IP address, version or KB number", () => {
    fc.assert(
      fc.property(filler, notCodes, filler, (before, thing, after) => {
        const text = `${before} ${thing} ${after}`;
        const start = before.length + 1;
        const end = start + thing.length;
        const inside = findMentions(text, catalog).filter((m) => m.start < end && m.end > start);
        expect(inside, `${thing} in "${text}"`).toEqual([]);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});
