/**
 * One code as a card. `answer.view` decides what is expanded: compact (meaning, fields, top
 * causes, fixes at a glance), fixes (every cause and fix with its commands), details (every
 * reading decoded, names, sources, the article's notes) or related (codes to look at next).
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
import {
  type Answer,
  type AnswerView,
  familyName,
  type Hit,
  type Interpretation,
} from "../../../src/index.ts";
import { type Labels, labelsFor } from "../../shared/labels.ts";
import { describeCode, readingFacts } from "../../shared/reading-facts.ts";
import {
  actionRows,
  type Button,
  context,
  factSections,
  header,
  type MakeButton,
  type Part,
  section,
} from "./blocks.ts";
import { causeLines, compactFixes, fixSection, referenceLines, relatedEntries } from "./card-content.ts";
import { escapeMrkdwn, inlineCode, markdownToMrkdwn, packLines } from "./mrkdwn.ts";

export interface CodeCardOptions {
  /** Add "Share in channel" (ephemeral answers). */
  share?: boolean;
}

export interface CodeCard {
  parts: Part[];
  /** The button that shows what the fitting pass had to cut, if any view shows more. */
  more?: Button;
}

const TOP_CAUSES = 3;
const READING_BUTTONS = 4;
const RELATED_BUTTONS = 10;

/** "HRESULT 0x80070005 E_ACCESSDENIED" */
export function hitTitle(hit: Hit, lang: Answer["lang"]): string {
  const top = hit.interpretations[0];
  return top ? describeCode(lang, top.family, top.display, top.names) : hit.value || hit.mention.text;
}

const optional = (parts: Part[]): Part[] => parts.map((p) => ({ ...p, optional: true }));
const sections = (lines: string[]): Part[] => packLines(lines, 3_000).map((t) => ({ block: section(t) }));

export function codeCard(
  answer: Answer,
  hit: Hit,
  button: MakeButton,
  options: CodeCardOptions = {},
): CodeCard {
  const lang = answer.lang;
  const l = labelsFor(lang);
  const top = hit.interpretations[0];
  const article = hit.article;
  const meaning = escapeMrkdwn(hit.meaning);
  const parts: Part[] = [
    { block: header(hitTitle(hit, lang)) },
    { block: section(article ? `*${escapeMrkdwn(article.title)}*\n${meaning}` : meaning) },
  ];
  const base = top ? { value: top.value, family: top.family, lang } : { value: hit.value, lang };

  switch (answer.view) {
    case "compact": {
      if (top) parts.push(...factSections(readingFacts(top, lang)).map((block) => ({ block })));
      if (article?.causes.length) {
        const lines = causeLines(article.causes.slice(0, TOP_CAUSES), false);
        const rest = article.causes.length - TOP_CAUSES;
        if (rest > 0) lines.push(`_${escapeMrkdwn(l.andMore(rest))}_`);
        parts.push(...optional(sections([`*${escapeMrkdwn(l.topCauses)}*`, ...lines])));
      }
      if (article?.fixes.length) parts.push(...optional(sections(compactFixes(article.fixes, l))));
      parts.push(...optional(otherReadings(hit.interpretations.slice(1), l, lang, button)));
      break;
    }
    case "fixes":
      if (article) {
        parts.push(...sections([`*${escapeMrkdwn(l.causes)}*`, ...causeLines(article.causes, true)]));
        parts.push({ block: section(`*${escapeMrkdwn(l.fixes)}*`) });
        parts.push(
          ...optional(article.fixes.map((fix, i) => ({ block: section(fixSection(fix, i + 1, l)) }))),
        );
      }
      break;
    case "details": {
      if (article?.message)
        parts.push({ block: section(`*${escapeMrkdwn(l.userSees)}*\n> ${escapeMrkdwn(article.message)}`) });
      if (top) parts.push(...readingParts(top, l, lang, false));
      for (const other of hit.interpretations.slice(1))
        parts.push(...optional(readingParts(other, l, lang, true)));
      if (article?.details) parts.push(...optional(sections(markdownToMrkdwn(article.details).split("\n"))));
      if (article?.references.length)
        parts.push(
          ...optional(sections([`*${escapeMrkdwn(l.references)}*`, ...referenceLines(article.references)])),
        );
      break;
    }
    case "related": {
      const entries = relatedEntries(top, article, lang, l);
      parts.push(
        ...sections([
          `*${escapeMrkdwn(l.relatedErrors)}*`,
          ...(entries.length ? entries.map((e) => e.line) : ["—"]),
        ]),
      );
      const lookups = entries.slice(0, RELATED_BUTTONS).map((e) =>
        button(e.label, {
          type: "lookup",
          value: e.value,
          ...(e.family ? { family: e.family } : {}),
          lang,
        }),
      );
      parts.push(...optional(actionRows(lookups).map((block) => ({ block }))));
      break;
    }
  }

  if (!article) parts.push({ block: context(escapeMrkdwn(l.noArticle)) });

  const hasRelated = Boolean(article?.related.length || top?.related.length);
  const views: [Exclude<AnswerView, "compact">, string, boolean][] = [
    ["fixes", l.allCausesAndFixes, Boolean(article)],
    ["details", l.decodeDetails, true],
    ["related", l.relatedErrors, hasRelated],
  ];
  const buttons = views
    .filter(([, , shown]) => shown)
    .map(([view, label]) =>
      view === answer.view
        ? button(l.back, { type: "compact", ...base })
        : button(label, { type: view, ...base }),
    );
  const feedback = { ...base, ...(article ? { articleId: article.id } : {}) };
  buttons.push(
    button(l.helpful, { type: "feedback", helpful: true, ...feedback }),
    button(l.notHelpful, { type: "feedback", helpful: false, ...feedback }),
  );
  if (options.share) buttons.push(button(l.share, { type: "share", ...base }, "primary"));
  parts.push(...actionRows(buttons).map((block) => ({ block })));

  const source = top ? `${familyName(lang, top.family)} · ${l.nameFrom[top.nameSource]}` : l.nameFrom.none;
  parts.push({ block: context(escapeMrkdwn(source)) });

  const more =
    answer.view === "compact"
      ? article
        ? button(l.allCausesAndFixes, { type: "fixes", ...base })
        : button(l.decodeDetails, { type: "details", ...base })
      : undefined;
  return { parts, ...(more ? { more } : {}) };
}

/** The other readings of an ambiguous number, each with a button that makes it the main one. */
function otherReadings(
  others: Interpretation[],
  l: Labels,
  lang: Answer["lang"],
  button: MakeButton,
): Part[] {
  if (others.length === 0) return [];
  const lines = others.map(
    (o) =>
      `• ${escapeMrkdwn(familyName(lang, o.family))} ${inlineCode(o.display)}${o.names[0] ? ` ${inlineCode(o.names[0])}` : ""}`,
  );
  const buttons = others.slice(0, READING_BUTTONS).map((o) =>
    button(`${familyName(lang, o.family)} ${o.display}`, {
      type: "lookup",
      value: o.value,
      family: o.family,
      lang,
    }),
  );
  return [
    ...sections([`*${escapeMrkdwn(l.otherReadings)}*`, ...lines]),
    ...actionRows(buttons).map((block) => ({ block })),
  ];
}

/** One reading decoded: its title (for the other readings), fields, names and header sources. */
function readingParts(reading: Interpretation, l: Labels, lang: Answer["lang"], titled: boolean): Part[] {
  const parts: Part[] = [];
  if (titled)
    parts.push({
      block: section(
        `*${escapeMrkdwn(l.otherReadings)}:* ${escapeMrkdwn(describeCode(lang, reading.family, reading.display, reading.names))}`,
      ),
    });
  parts.push(...factSections(readingFacts(reading, lang)).map((block) => ({ block })));
  if (reading.names.length > 1)
    parts.push({ block: section(`*${escapeMrkdwn(l.names)}*\n${reading.names.map(inlineCode).join(", ")}`) });
  if (reading.sources.length)
    parts.push({
      block: context(`${escapeMrkdwn(l.sources)}: ${reading.sources.map(escapeMrkdwn).join(", ")}`),
    });
  return parts;
}
