/**
 * One code's section of the answer card: what it is and means, its fields and other readings, then
 * three parts behind buttons (causes & fixes, decode details, related codes) and 👍/👎.
 * `answer.view` decides which part starts open. When the card is too big, `level` shrinks parts:
 * 0 all full · 1 the open part full, others short · 2 the open part short, others behind a button
 * that asks the bot for them · 3 every part behind such a button.
 */
import { type AnswerView, familyName, type Hit, type Language } from "../../../src/index.ts";
import { LABELS } from "../../shared/labels.ts";
import { describeCode, readingFacts } from "../../shared/reading-facts.ts";
import {
  causesItems,
  codeLabel,
  detailsItems,
  fixesItems,
  type PartDetail,
  relatedCodes,
  relatedItems,
} from "./article-parts.ts";
import { CARD_LIMITS } from "./card-limits.ts";
import {
  actionSet,
  type CardElement,
  collapsible,
  container,
  factSet,
  submit,
  subtle,
  textBlock,
  toggle,
} from "./elements.ts";
import { articleMarkdown, escapeLiteral } from "./teams-markdown.ts";

export type SectionLevel = 0 | 1 | 2 | 3;
type PartName = "fixes" | "details" | "related";

export interface SectionOptions {
  lang: Language;
  view: AnswerView;
  level: SectionLevel;
  /** Several codes share the card: smaller titles, separators. */
  several: boolean;
}

const focusOf = (view: AnswerView): PartName => (view === "compact" ? "fixes" : view);

function partDetail(part: PartName, view: AnswerView, level: SectionLevel): PartDetail | "button" {
  const focus = part === focusOf(view);
  if (level === 0) return "full";
  if (level === 1) return focus ? "full" : "short";
  if (level === 2) return focus ? "short" : "button";
  return "button";
}

function head(hit: Hit, lang: Language, several: boolean): CardElement[] {
  const l = LABELS[lang];
  const [top, ...others] = hit.interpretations;
  const title = top ? describeCode(lang, top.family, top.display, top.names) : hit.mention.text || hit.value;
  const article = hit.article;
  const items: CardElement[] = [
    textBlock(escapeLiteral(title), { size: several ? "Medium" : "Large", weight: "Bolder" }),
    article
      ? subtle(escapeLiteral(article.title), { spacing: "None" })
      : subtle(l.noArticle, { spacing: "None" }),
    textBlock(escapeLiteral(hit.meaning)),
  ];
  if (article?.message) items.push(subtle(`${l.userSees}: _${escapeLiteral(article.message)}_`));
  if (top)
    items.push(
      factSet(readingFacts(top, lang).map((f) => ({ label: f.label, value: escapeLiteral(f.value) }))),
    );
  if (others.length) {
    items.push(textBlock(`**${l.otherReadings}**`, { spacing: "Medium" }));
    items.push(
      factSet(
        others.slice(0, CARD_LIMITS.maxOtherReadings).map((o) => ({
          label: escapeLiteral(`${familyName(lang, o.family)} ${o.display}`),
          value: escapeLiteral(o.names.join(" / ")) || l.nameFrom.none,
        })),
      ),
    );
  }
  return items;
}

export function codeSection(hit: Hit, index: number, options: SectionOptions): CardElement {
  const { lang, view, level, several } = options;
  const l = LABELS[lang];
  const top = hit.interpretations[0];
  const article = hit.article;
  const id = (part: string) => `code${index}-${part}`;
  const ask = (type: PartName) => ({
    type,
    value: hit.value,
    ...(top ? { family: top.family } : {}),
    lang,
  });
  // A shortened part says so and, unless the card already is that part's view, offers the rest.
  const cut = (part: PartName, detail: PartDetail): CardElement[] =>
    detail === "short"
      ? [subtle(l.cutToFit), ...(part === view ? [] : [actionSet([submit(l.more, ask(part))])])]
      : [];

  const items = head(hit, lang, several);
  const buttons: CardElement[] = [];
  const addPart = (
    part: PartName,
    label: string,
    render: (detail: PartDetail) => CardElement[],
    also: string[] = [],
  ) => {
    const detail = partDetail(part, view, level);
    if (detail === "button") return void buttons.push(submit(label, ask(part)));
    items.push(collapsible(id(part), view === part, [...render(detail), ...cut(part, detail)]));
    buttons.push(toggle(label, [...also, id(part)]));
  };

  if (article && (article.causes.length || article.fixes.length)) {
    const fixesOpen = view === "fixes";
    const topCauses = article.causes.slice(0, CARD_LIMITS.maxTopCauses);
    const showTop = topCauses.length > 0 && partDetail("fixes", view, level) !== "button";
    if (showTop) {
      const list = topCauses.map((c) => `- ${articleMarkdown(c.title)}`).join("\n");
      items.push(collapsible(id("top"), !fixesOpen, [textBlock(`**${l.topCauses}**`), textBlock(list)]));
    }
    addPart(
      "fixes",
      l.allCausesAndFixes,
      (d) => [...causesItems(article, lang, d), ...fixesItems(article, lang, d)],
      showTop ? [id("top")] : [],
    );
  }
  addPart("details", l.decodeDetails, (d) => detailsItems(top, article, lang, d));
  if (relatedCodes(hit).length) addPart("related", l.relatedErrors, (d) => relatedItems(hit, lang, d));

  items.push(actionSet(buttons, { spacing: "Medium" }));
  const feedback = (helpful: boolean) => ({
    type: "feedback" as const,
    helpful,
    value: hit.value,
    ...(top ? { family: top.family } : {}),
    ...(article ? { articleId: article.id } : {}),
    lang,
  });
  items.push(actionSet([submit(l.helpful, feedback(true)), submit(l.notHelpful, feedback(false))]));
  return container(items, index > 0 ? { separator: true, spacing: "ExtraLarge" } : {});
}

/** "…and 3 more" with a button per remaining code (up to the action limit). */
export function moreCodes(rest: Hit[], lang: Language): CardElement[] {
  if (!rest.length) return [];
  const buttons = rest.slice(0, CARD_LIMITS.maxActionsPerSet).flatMap((hit) => {
    const top = hit.interpretations[0];
    if (!top) return [];
    return [submit(codeLabel(top), { type: "lookup", value: hit.value, family: top.family, lang })];
  });
  return [
    textBlock(`**${LABELS[lang].andMore(rest.length)}**`, { separator: true, spacing: "Large" }),
    ...(buttons.length ? [actionSet(buttons)] : []),
  ];
}
