/**
 * Words for symptom search: accent-free, lower case, without the filler words of chat
 * ("hi, I can't…", "me sale que…"), and cut to a crude stem so that "connecting", "connect",
 * "conectar" and "conecta" meet. The same function reads articles and queries, so its
 * crudeness cancels out.
 */
import { foldText } from "../codes/context-cues.ts";

const STOPWORDS = new Set(
  [
    // English chat filler
    "a an the is are was were be been to of in on at for with from by my me i im ive it its this that these those and or but so",
    "when while if then than can cant cannot could couldnt not no dont doesnt didnt wont do does did have has had get gets got",
    "just any some all again still also please hi hello hey help anyone someone pc computer machine says say saying shows showing",
    "what why how who which there their they them we our you your he she his her error code message getting trying",
    // Spanish chat filler
    "el la los las un una unos unas de del al en y o u que se me mi mis te tu no si por para con sin lo le les es son esta este",
    "estos estas eso esa ese pero cuando como cual hay ya muy mas otra otro vez sale salen dice dicen aparece me da nos hola",
    "ayuda alguien favor pc equipo ordenador computadora error codigo mensaje intento intentando al del su sus",
  ]
    .join(" ")
    .split(" "),
);

const SUFFIXES = [
  "aciones",
  "adores",
  "adora",
  "ador",
  "amiento",
  "imiento",
  "acion",
  "iendo",
  "ando",
  "ados",
  "idos",
  "adas",
  "idas",
  "ado",
  "ido",
  "ada",
  "ida",
  "ing",
  "ed",
  "ar",
  "er",
  "ir",
  "es",
  "os",
  "as",
  "s",
  "a",
  "o",
  "e",
];

/** Words people run together or abbreviate, spelt out as the articles write them. */
const SPELLED_OUT = new Map<string, string[]>(
  Object.entries({
    bsod: ["blue", "screen"],
    bluescreen: ["blue", "screen"],
    bluescreens: ["blue", "screen"],
    bluescreening: ["blue", "screen"],
    bootloop: ["boot", "loop"],
    pantallazo: ["pantalla", "azul"],
    pantallazos: ["pantalla", "azul"],
    pwd: ["password"],
    passwd: ["password"],
    msi: ["msi", "installer"],
    rdp: ["rdp", "remote", "desktop"],
    wu: ["windows", "update"],
  }),
);

export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Words of `text` that carry meaning, stemmed, in order (duplicates kept for phrases). */
export function tokenize(text: string): string[] {
  const words = foldText(text)
    .replace(/n't\b/g, "nt")
    .split(/[^a-z0-9ñ]+/);
  const out: string[] = [];
  for (const word of words) {
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    for (const part of SPELLED_OUT.get(word) ?? [word]) out.push(stem(part));
  }
  return out;
}

/** Adjacent word pairs, for a bonus when the query repeats a phrase of the article. */
export function bigrams(tokens: readonly string[]): string[] {
  return tokens.slice(1).map((t, i) => `${tokens[i]} ${t}`);
}
