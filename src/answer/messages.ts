/** Every sentence the core writes, in English and Spanish. Renderers have their own labels. */
import type { CodeFamily } from "../codes/code-family.ts";
import type { Language } from "../kb/article.ts";

const FAMILY_NAMES: Record<Language, Record<CodeFamily, string>> = {
  en: { hresult: "HRESULT", win32: "Win32 error", ntstatus: "NTSTATUS", bugcheck: "bug check (stop code)" },
  es: {
    hresult: "HRESULT",
    win32: "error Win32",
    ntstatus: "NTSTATUS",
    bugcheck: "bug check (código de detención)",
  },
};

export const familyName = (lang: Language, family: CodeFamily) => FAMILY_NAMES[lang][family];

export const MESSAGES = {
  en: {
    unknownName: (family: string, display: string) =>
      `${display} is a ${family} value that no header or article names; its fields are decoded below.`,
    vendorDefined: (family: string, display: string) =>
      `${display} is a vendor-defined ${family} (customer bit set): the product that raised it defines its meaning.`,
    namedNoArticle: (family: string, display: string, name: string) =>
      `${display} is the ${family} ${name}. There is no article for it yet.`,
    wraps: (family: string, display: string, inner: string) =>
      `${display} is the ${family} form of ${inner}.`,
    codesText: (list: string) => `Error codes: ${list}`,
    suggestionsText: (title: string) => `Maybe: ${title}`,
    nothingText: "No error code found and no article matches. Paste the exact code or message.",
    feedbackThanks: (helpful: boolean) =>
      helpful ? "Thanks, glad it helped." : "Thanks, we'll improve this answer.",
    shared: "Shared in the channel.",
    unknownArticle: (id: string) => `There is no article "${id}".`,
  },
  es: {
    unknownName: (family: string, display: string) =>
      `${display} es un valor ${family} sin nombre en las cabeceras ni en los artículos; abajo se decodifican sus campos.`,
    vendorDefined: (family: string, display: string) =>
      `${display} es un ${family} definido por un fabricante (bit de cliente activo): su significado lo define el producto que lo devolvió.`,
    namedNoArticle: (family: string, display: string, name: string) =>
      `${display} es el ${family} ${name}. Todavía no hay artículo sobre él.`,
    wraps: (family: string, display: string, inner: string) =>
      `${display} es la forma ${family} de ${inner}.`,
    codesText: (list: string) => `Códigos de error: ${list}`,
    suggestionsText: (title: string) => `Quizá: ${title}`,
    nothingText:
      "No encontré ningún código de error ni artículo que encaje. Pega el código o el mensaje exacto.",
    feedbackThanks: (helpful: boolean) =>
      helpful ? "Gracias, me alegra que te haya servido." : "Gracias, mejoraremos esta respuesta.",
    shared: "Compartido en el canal.",
    unknownArticle: (id: string) => `No existe el artículo "${id}".`,
  },
} satisfies Record<Language, Record<string, unknown>>;
