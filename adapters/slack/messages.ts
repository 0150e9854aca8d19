/** Every sentence the Slack adapter writes itself (help, modes, App Home), in English and Spanish. */
import type { Language } from "../../src/index.ts";
import type { ChannelMode } from "./channel-modes.ts";

export const SLACK_MESSAGES = {
  en: {
    helpTitle: "How to use errdesk",
    helpIntro: "I explain Windows error codes: what they mean, why they happen and how to fix them.",
    usage: [
      "*In a channel* I'm in: post a message with an error code and I answer in the thread. Mention me (`@errdesk`) to describe a problem in words.",
      "*In a direct message*: send me a code or describe what you see.",
      "*`/errdesk <code or words>`*: a private answer, with a button to share it in the channel.",
      "*Message shortcut* _Explain error codes_ (⋮ on any message): the answer for that message, just for you.",
      "*`/errdesk mode codes|mentions`*: in this channel, answer every message with a code (default) or only when mentioned. Workspace admins and the channel's creator can change it.",
    ],
    examplesTitle: "Examples",
    modeIs: (mode: ChannelMode) =>
      mode === "codes"
        ? "In this channel I answer every message that contains an error code, and mentions."
        : "In this channel I answer only when someone mentions me.",
    modeSet: (mode: ChannelMode) =>
      mode === "codes"
        ? "Done: I'll answer every message with an error code in this channel, and mentions."
        : "Done: in this channel I'll answer only when someone mentions me.",
    modeUsage: "Use `/errdesk mode codes` or `/errdesk mode mentions`.",
    modeNotAllowed:
      "Only workspace admins and owners, or the person who created this channel, can change how I answer here.",
    modeCheckFailed: "I couldn't check your permissions with Slack just now; try again in a minute.",
    modeNotInDm: "Modes are for channels; in direct messages I always answer.",
    modeSaveFailed: "I couldn't save the setting; it applies until I restart. The admin can check my logs.",
    shortcutEmpty: "That message has no text I can read.",
    failed: "Something went wrong while answering; please try again.",
    modalTitle: "errdesk",
    close: "Close",
    homeHowTo: "Where to ask",
    homeRecent: "Your recent lookups",
    homeNoRecent: "Nothing yet. Try one of the examples in a message to me.",
  },
  es: {
    helpTitle: "Cómo usar errdesk",
    helpIntro: "Explico códigos de error de Windows: qué significan, por qué pasan y cómo arreglarlos.",
    usage: [
      "*En un canal* en el que estoy: publica un mensaje con un código de error y respondo en el hilo. Mencióname (`@errdesk`) para describir un problema con palabras.",
      "*En un mensaje directo*: envíame un código o describe lo que ves.",
      "*`/errdesk <código o palabras>`*: una respuesta privada, con un botón para compartirla en el canal.",
      "*Acceso directo de mensaje* _Explain error codes_ (⋮ en cualquier mensaje): la respuesta para ese mensaje, solo para ti.",
      "*`/errdesk mode codes|mentions`*: en este canal, responder a cada mensaje con un código (por defecto) o solo cuando me mencionan. Pueden cambiarlo los administradores del espacio de trabajo y quien creó el canal.",
    ],
    examplesTitle: "Ejemplos",
    modeIs: (mode: ChannelMode) =>
      mode === "codes"
        ? "En este canal respondo a cada mensaje que contiene un código de error, y a las menciones."
        : "En este canal solo respondo cuando alguien me menciona.",
    modeSet: (mode: ChannelMode) =>
      mode === "codes"
        ? "Hecho: responderé a cada mensaje con un código de error en este canal, y a las menciones."
        : "Hecho: en este canal solo responderé cuando alguien me mencione.",
    modeUsage: "Usa `/errdesk mode codes` o `/errdesk mode mentions`.",
    modeNotAllowed:
      "Solo los administradores y propietarios del espacio de trabajo, o quien creó este canal, pueden cambiar cómo respondo aquí.",
    modeCheckFailed: "No pude comprobar tus permisos con Slack ahora mismo; inténtalo de nuevo en un minuto.",
    modeNotInDm: "Los modos son para canales; en los mensajes directos siempre respondo.",
    modeSaveFailed:
      "No pude guardar el ajuste; se aplica hasta que me reinicie. El administrador puede revisar mis registros.",
    shortcutEmpty: "Ese mensaje no tiene texto que pueda leer.",
    failed: "Algo falló al responder; inténtalo de nuevo.",
    modalTitle: "errdesk",
    close: "Cerrar",
    homeHowTo: "Dónde preguntar",
    homeRecent: "Tus consultas recientes",
    homeNoRecent: "Nada todavía. Prueba uno de los ejemplos en un mensaje para mí.",
  },
} satisfies Record<Language, Record<string, unknown>>;

export const slackMessagesFor = (lang: Language) => SLACK_MESSAGES[lang];
