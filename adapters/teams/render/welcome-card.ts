/** The card errdesk posts when it is installed or added to a chat or team. */
import type { AnswerAction, Language } from "../../../src/index.ts";
import { LABELS } from "../../shared/labels.ts";
import { adaptiveCard } from "./card.ts";
import { CARD_LIMITS } from "./card-limits.ts";
import { actionSet, type CardElement, submit, subtle, textBlock } from "./elements.ts";
import { escapeLiteral } from "./teams-markdown.ts";

export interface WelcomeExample {
  text: string;
  /** What a button for the example asks; examples without one are listed only. */
  action?: AnswerAction;
}

/** Teams cuts long button titles mid-word; cut them ourselves at a word. */
const buttonTitle = (text: string) =>
  text.length <= 40 ? text : `${text.slice(0, 40).replace(/\s+\S*$/, "")}…`;

export function welcomeCard(lang: Language, examples: readonly WelcomeExample[]): CardElement {
  const l = LABELS[lang];
  const buttons = examples
    .flatMap((e) => (e.action ? [submit(buttonTitle(e.text), e.action)] : []))
    .slice(0, CARD_LIMITS.maxActionsPerSet);
  const body: CardElement[] = [
    textBlock(l.welcomeTitle, { size: "Large", weight: "Bolder" }),
    textBlock(l.welcomeText),
    textBlock(`**${l.examples}**`, { spacing: "Medium" }),
    textBlock(examples.map((e) => `- ${escapeLiteral(e.text)}`).join("\n"), { spacing: "Small" }),
    ...(buttons.length ? [actionSet(buttons)] : []),
    subtle(l.welcomeMention, { spacing: "Medium" }),
  ];
  return adaptiveCard(body, { lang, fallbackText: `${l.welcomeTitle}. ${l.welcomeText}` });
}
