import { foldText } from "../codes/context-cues.ts";
import type { Language } from "../kb/article.ts";

/** Words common in Spanish helpdesk messages and rare in English ones. */
const SPANISH_WORDS = new Set(
  (
    "el la los las un una de del que y en por para con sin no me mi se al es esta estoy tengo puedo " +
    "sale aparece dice error codigo equipo ordenador servidor usuario contrasena sesion iniciar " +
    "actualizacion actualizar instalar pantalla azul carpeta archivo red conectar escritorio remoto " +
    "acceso denegado ayuda hola cuando intento funciona deja entrar arranca reinicia como porque " +
    "da falla fallo conexion hay muestra salta tira"
  ).split(" "),
);
const ENGLISH_WORDS = new Set(
  (
    "the a an is are to of in on for with my i it this that and or but can cant when trying " +
    "error code computer server user password login sign update install screen blue folder file " +
    "network connect remote desktop access denied help hi won't doesn't after says get getting"
  ).split(" "),
);
const SPANISH_MARKS = /[ñ¿¡]|ción/i;

/** A rough guess from the words; `undefined` when the text gives no clear sign. */
export function detectLanguage(text: string): Language | undefined {
  const sample = text.slice(0, 2_000);
  const words = foldText(sample).split(/[^a-z]+/);
  let es = SPANISH_MARKS.test(sample) ? 2 : 0;
  let en = 0;
  for (const w of words) {
    // "error" is both; count only words that lean one way.
    if (SPANISH_WORDS.has(w) && !ENGLISH_WORDS.has(w)) es++;
    else if (ENGLISH_WORDS.has(w) && !SPANISH_WORDS.has(w)) en++;
  }
  if (es >= 2 && es > en) return "es";
  if (en >= 2 && en > es) return "en";
  return undefined;
}

/** The user's locale wins (es-*), then the message's language, then English. */
export function chooseLanguage(options: { lang?: Language; locale?: string; text: string }): Language {
  if (options.lang) return options.lang;
  if (options.locale?.toLowerCase().startsWith("es")) return "es";
  return detectLanguage(options.text) ?? "en";
}
