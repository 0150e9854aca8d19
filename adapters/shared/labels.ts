/** Words on cards and buttons, shared by every renderer so Slack, Teams and the playground agree. */
import type { Language } from "../../src/index.ts";

export const LABELS = {
  en: {
    allCausesAndFixes: "All causes & fixes",
    decodeDetails: "Decode details",
    relatedErrors: "Related errors",
    helpful: "👍 Helpful",
    notHelpful: "👎 Not helpful",
    open: "Open",
    share: "Share in channel",
    back: "Back",
    causes: "Causes",
    fixes: "Fixes",
    topCauses: "Most likely causes",
    otherReadings: "Other readings",
    meaning: "Meaning",
    severity: "Severity",
    facility: "Facility",
    code: "Code",
    wraps: "Wraps",
    sameError: "Same error as",
    parameters: "Bug-check parameters",
    customer: "Vendor-defined",
    risk: "Risk",
    riskLevels: { none: "none", low: "low", medium: "medium", high: "high" },
    references: "References",
    related: "Related",
    userSees: "What the user sees",
    nameFrom: {
      header: "Name from the Windows SDK headers",
      article: "Name from our article (not in the headers)",
      none: "No known name",
    },
    suggestionsTitle: "Maybe one of these?",
    nothingTitle: "Nothing found",
    andMore: (n: number) => `…and ${n} more`,
    more: "More",
    truncated: "Cut: the message was longer than 40,000 characters.",
    noArticle: "No article yet for this code.",
    welcomeTitle: "errdesk explains Windows error codes",
    welcomeText:
      "Paste an error code (0x80070005, System error 1326, Stop code CRITICAL_PROCESS_DIED) or describe what you see, and I answer with what it means, why it happens and how to fix it.",
    examples: "Try",
  },
  es: {
    allCausesAndFixes: "Todas las causas y soluciones",
    decodeDetails: "Detalles del código",
    relatedErrors: "Errores relacionados",
    helpful: "👍 Útil",
    notHelpful: "👎 No me sirvió",
    open: "Abrir",
    share: "Compartir en el canal",
    back: "Volver",
    causes: "Causas",
    fixes: "Soluciones",
    topCauses: "Causas más probables",
    otherReadings: "Otras lecturas",
    meaning: "Significado",
    severity: "Gravedad",
    facility: "Facility",
    code: "Código",
    wraps: "Contiene",
    sameError: "Mismo error que",
    parameters: "Parámetros del bug check",
    customer: "Definido por el fabricante",
    risk: "Riesgo",
    riskLevels: { none: "ninguno", low: "bajo", medium: "medio", high: "alto" },
    references: "Referencias",
    related: "Relacionados",
    userSees: "Lo que ve el usuario",
    nameFrom: {
      header: "Nombre según las cabeceras del SDK de Windows",
      article: "Nombre según nuestro artículo (no está en las cabeceras)",
      none: "Sin nombre conocido",
    },
    suggestionsTitle: "¿Quizá alguno de estos?",
    nothingTitle: "No encontré nada",
    andMore: (n: number) => `…y ${n} más`,
    more: "Más",
    truncated: "Recortado: el mensaje tenía más de 40.000 caracteres.",
    noArticle: "Todavía no hay artículo para este código.",
    welcomeTitle: "errdesk explica códigos de error de Windows",
    welcomeText:
      "Pega un código de error (0x80070005, Error de sistema 1326, código de detención CRITICAL_PROCESS_DIED) o describe lo que ves, y te respondo qué significa, por qué pasa y cómo arreglarlo.",
    examples: "Prueba",
  },
} as const;

export type Labels = (typeof LABELS)[Language];

export const labelsFor = (lang: Language): Labels => LABELS[lang];

/** Examples for help texts and welcome cards. */
export const EXAMPLES: Record<Language, string[]> = {
  en: [
    "0x80090311",
    "System error 1326",
    "Stop code: CRITICAL_PROCESS_DIED",
    "can't RDP, says no authority could be contacted",
  ],
  es: [
    "0x80070005",
    "error del sistema 1326",
    "pantallazo azul INACCESSIBLE_BOOT_DEVICE",
    "no puedo entrar por escritorio remoto",
  ],
};
