import { z } from "zod";
import { CODE_FAMILIES, parseValue } from "../codes/code-family.ts";
import { LANGUAGES, RISKS, SHELLS } from "./article.ts";

const codeValue = z
  .string({ error: 'write the value as a quoted string, e.g. "0x80070005" or "1326"' })
  .refine((s) => parseValue(s) !== undefined, {
    error: 'not a code value: use "0x" + up to 8 hex digits, or a decimal number',
  })
  .transform((s) => parseValue(s) ?? 0);

const symbolicName = z.string().regex(/^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$|^[A-Z][A-Z0-9]+$/, {
  error: "a symbolic name is letters, digits and underscores, e.g. ERROR_ACCESS_DENIED",
});
const text = z.string().trim().min(1, { error: "must not be empty" });

/** The front matter, as a helpdesk engineer writes it. */
export const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "lower-case words joined by '-'" }),
  lang: z.enum(LANGUAGES),
  title: text.max(120, { error: "keep the title to one line (120 characters)" }),
  codes: z
    .array(
      z.strictObject({
        value: codeValue,
        family: z.enum(CODE_FAMILIES),
        names: z.array(symbolicName).default([]),
      }),
    )
    .min(1, { error: "an article explains at least one code" }),
  summary: text,
  message: text.optional(),
  symptoms: z.array(text).min(3, { error: "write at least 3 symptom phrases as people type them" }),
  related: z
    .array(
      z.strictObject({
        value: codeValue,
        family: z.enum(CODE_FAMILIES).optional(),
        names: z.array(symbolicName).default([]),
        note: text.optional(),
      }),
    )
    .default([]),
  references: z.array(z.strictObject({ title: text, url: z.url().optional() })).default([]),
  contexts: z.array(text).default([]),
});

export const bodySchema = z.object({
  causes: z
    .array(z.object({ title: text, text: z.string() }))
    .min(3, { error: "list at least 3 causes under '## Causes'" }),
  fixes: z
    .array(
      z.object({
        title: text,
        risk: z.enum(RISKS, { error: "start the Risk line with none, low, medium or high" }),
        riskNote: z.string(),
        text: z.string(),
        commands: z.array(z.object({ shell: z.enum(SHELLS), code: text })),
      }),
    )
    .min(3, { error: "write at least 3 fixes under '## Fixes', safest first" }),
  details: z.string().optional(),
});
