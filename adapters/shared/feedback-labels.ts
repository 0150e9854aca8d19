/**
 * Words for the comment errdesk asks for after a 👎: the Slack modal and the Teams card's text box
 * say the same thing, including that the comment is kept without the person's name.
 */
import { type Language, MAX_COMMENT_LENGTH } from "../../src/index.ts";

export const FEEDBACK_COMMENT = {
  en: {
    title: "What was missing?",
    label: "What would have helped?",
    placeholder: "e.g. the fix needs admin rights, or this is not my error",
    hint: `Optional, up to ${MAX_COMMENT_LENGTH} characters. Your comment is stored with your vote, without your name, so the helpdesk can improve the article.`,
    send: "Send",
    skip: "Skip",
    thanks: "Thanks: your comment was saved.",
  },
  es: {
    title: "¿Qué faltaba?",
    label: "¿Qué te habría ayudado?",
    placeholder: "p. ej. la solución pide ser administrador, o no es mi error",
    hint: `Opcional, hasta ${MAX_COMMENT_LENGTH} caracteres. Tu comentario se guarda con tu voto, sin tu nombre, para que el equipo de soporte mejore el artículo.`,
    send: "Enviar",
    skip: "Omitir",
    thanks: "Gracias: tu comentario se ha guardado.",
  },
} as const satisfies Record<Language, Record<string, string>>;
