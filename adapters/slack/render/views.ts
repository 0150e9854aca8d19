/**
 * The Slack surfaces besides a reply: the help message, the answer as a modal (message shortcut)
 * and the App Home tab. Pure, like the cards.
 * @see https://docs.slack.dev/surfaces/modals
 * @see https://docs.slack.dev/surfaces/app-home
 */
import type { Answer, Language } from "../../../src/index.ts";
import { labelsFor } from "../../shared/labels.ts";
import { slackMessagesFor } from "../messages.ts";
import { answerToParts } from "./answer-to-blocks.ts";
import { type Block, context, divider, header, section } from "./blocks.ts";
import { LIMITS } from "./limits.ts";
import { examplesBlock } from "./list-cards.ts";
import { cut, escapeMrkdwn, inlineCode, packLines } from "./mrkdwn.ts";

/** One earlier question of a user, as App Home lists it. */
export interface RecentLookup {
  /** What they asked, already shortened. */
  text: string;
  /** The answer's one line. */
  result: string;
  /** Unix seconds. */
  at: number;
}

export interface SlackView {
  type: "modal" | "home";
  title?: { type: "plain_text"; text: string };
  close?: { type: "plain_text"; text: string };
  blocks: Block[];
}

const plain = (text: string) => ({ type: "plain_text" as const, text: cut(text, LIMITS.modalTitle) });

/** `/errdesk help`, an empty mention: what errdesk does, where to ask, examples. */
export function helpToBlocks(lang: Language): { text: string; blocks: Block[] } {
  const m = slackMessagesFor(lang);
  return {
    text: m.helpTitle,
    blocks: [
      header(m.helpTitle),
      section(escapeMrkdwn(m.helpIntro)),
      ...packLines(
        m.usage.map((u) => `• ${u}`),
        LIMITS.sectionText,
      ).map((t) => section(t)),
      examplesBlock(lang),
    ],
  };
}

/** The answer for the message shortcut, privately, in a modal its buttons update in place. */
export function answerToModal(answer: Answer): SlackView {
  const m = slackMessagesFor(answer.lang);
  return {
    type: "modal",
    title: plain(m.modalTitle),
    close: plain(m.close),
    blocks: answerToParts(answer, {}, LIMITS.messageBlocks),
  };
}

/** A modal with one sentence (the shortcut on a message without text). */
export function textModal(lang: Language, text: string): SlackView {
  const m = slackMessagesFor(lang);
  return {
    type: "modal",
    title: plain(m.modalTitle),
    close: plain(m.close),
    blocks: [section(escapeMrkdwn(text))],
  };
}

/** App Home: what errdesk does, where to ask, examples, and this user's last lookups. */
export function homeView(lang: Language, recent: readonly RecentLookup[]): SlackView {
  const l = labelsFor(lang);
  const m = slackMessagesFor(lang);
  const lines = recent.map(
    (r) =>
      `• <!date^${Math.floor(r.at)}^{date_short_pretty} {time}|${new Date(r.at * 1000).toISOString()}> ${inlineCode(r.text)}\n   ${escapeMrkdwn(r.result)}`,
  );
  return {
    type: "home",
    blocks: [
      header(l.welcomeTitle),
      section(escapeMrkdwn(l.welcomeText)),
      section(`*${escapeMrkdwn(m.homeHowTo)}*\n${m.usage.map((u) => `• ${u}`).join("\n")}`),
      examplesBlock(lang),
      divider(),
      section(`*${escapeMrkdwn(m.homeRecent)}*`),
      ...(lines.length
        ? packLines(lines, LIMITS.sectionText).map((t) => section(t))
        : [context(escapeMrkdwn(m.homeNoRecent))]),
    ],
  };
}
