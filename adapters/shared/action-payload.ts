/**
 * Buttons carry the platform-neutral AnswerAction as compact JSON (Slack button values allow 2,000
 * characters, Teams card data any JSON). Decoding validates, so a forged or stale payload is
 * refused instead of reaching the core.
 */
import { z } from "zod";
import { type AnswerAction, CODE_FAMILIES, LANGUAGES } from "../../src/index.ts";

const value = z.string().regex(/^(?:0x[0-9A-Fa-f]{1,8}|\d{1,10})$/);
const family = z.enum(CODE_FAMILIES).optional();
const lang = z.enum(LANGUAGES).optional();

const actionSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.enum(["fixes", "details", "related", "compact", "lookup", "share"]),
    value,
    family,
    lang,
  }),
  z.object({ type: z.literal("open"), articleId: z.string().regex(/^[a-z0-9-]{1,100}$/), lang }),
  z.object({
    type: z.literal("feedback"),
    helpful: z.boolean(),
    value: value.optional(),
    family,
    articleId: z
      .string()
      .regex(/^[a-z0-9-]{1,100}$/)
      .optional(),
    lang,
  }),
]);

export function encodeAction(action: AnswerAction): string {
  return JSON.stringify(action);
}

export function decodeAction(payload: unknown): AnswerAction | undefined {
  let data = payload;
  if (typeof payload === "string") {
    try {
      data = JSON.parse(payload);
    } catch {
      return undefined;
    }
  }
  const parsed = actionSchema.safeParse(data);
  return parsed.success ? (parsed.data as AnswerAction) : undefined;
}
