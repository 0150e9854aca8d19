/** Bodies for answers without a code: ranked suggestions with Open buttons, or "nothing found". */
import type { Answer, AnswerAction, Language, Suggestion } from "../../../src/index.ts";
import { EXAMPLES, LABELS } from "../../shared/labels.ts";
import { CARD_LIMITS } from "./card-limits.ts";
import { actionSet, type CardElement, container, submit, subtle, textBlock } from "./elements.ts";
import { escapeLiteral } from "./teams-markdown.ts";

/** What "Open" asks for: the article, or the first code when only the catalog names it. */
export function openAction(suggestion: Suggestion, lang: Language): AnswerAction | undefined {
  if (suggestion.articleId) return { type: "open", articleId: suggestion.articleId, lang };
  const code = suggestion.codes[0];
  return code ? { type: "lookup", value: code, lang } : undefined;
}

export function suggestionsBody(answer: Answer): CardElement[] {
  const l = LABELS[answer.lang];
  const body: CardElement[] = [textBlock(l.suggestionsTitle, { size: "Large", weight: "Bolder" })];
  answer.suggestions.slice(0, CARD_LIMITS.maxSuggestions).forEach((s, i) => {
    const action = openAction(s, answer.lang);
    body.push(
      container(
        [
          textBlock(`**${escapeLiteral(s.title)}**`),
          ...(s.codes.length ? [subtle(escapeLiteral(s.displayCodes.join(", ")), { spacing: "None" })] : []),
          ...(action ? [actionSet([submit(l.open, action)], { spacing: "Small" })] : []),
        ],
        i > 0 ? { separator: true, spacing: "Medium" } : { spacing: "Medium" },
      ),
    );
  });
  const rest = answer.suggestions.length - CARD_LIMITS.maxSuggestions;
  if (rest > 0) body.push(subtle(l.andMore(rest)));
  return body;
}

export function nothingBody(answer: Answer): CardElement[] {
  const l = LABELS[answer.lang];
  return [
    textBlock(l.nothingTitle, { size: "Large", weight: "Bolder" }),
    textBlock(escapeLiteral(answer.text)),
    subtle(`${l.examples}: ${EXAMPLES[answer.lang].map((e) => escapeLiteral(e)).join(" · ")}`),
  ];
}
