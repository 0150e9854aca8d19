import type { CodeFamily } from "../codes/code-family.ts";

export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export const RISKS = ["none", "low", "medium", "high"] as const;
export type Risk = (typeof RISKS)[number];

export const SHELLS = ["powershell", "cmd", "bash"] as const;
export type Shell = (typeof SHELLS)[number];

export interface ArticleCodeSpec {
  family: CodeFamily;
  value: number;
  names: string[];
}

export interface RelatedCodeSpec {
  value: number;
  family?: CodeFamily;
  names: string[];
  note?: string;
}

export interface Cause {
  title: string;
  text: string;
}

export interface FixCommand {
  shell: Shell;
  code: string;
}

export interface Fix {
  title: string;
  risk: Risk;
  /** What could go wrong, in the article's words. */
  riskNote: string;
  text: string;
  commands: FixCommand[];
}

/** One article in one language, parsed and validated. Plain data. */
export interface Article {
  id: string;
  lang: Language;
  title: string;
  summary: string;
  message?: string;
  symptoms: string[];
  codes: ArticleCodeSpec[];
  related: RelatedCodeSpec[];
  references: { title: string; url?: string }[];
  contexts: string[];
  causes: Cause[];
  fixes: Fix[];
  details?: string;
  /** Path relative to the knowledge directory, for messages. */
  file: string;
}

/** A problem found in an article: always with the file and line to fix. */
export interface ArticleProblem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem(problem: ArticleProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
