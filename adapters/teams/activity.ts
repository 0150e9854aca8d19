/**
 * The parts of a Bot Framework activity errdesk reads, as plain JSON. The Bot Framework SDK and its
 * successor (the M365 Agents SDK) speak the same Activity protocol, so nothing here names either.
 * @see https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md
 */
import type { ChannelKind } from "../../src/index.ts";

export interface ChannelAccount {
  id: string;
  name?: string;
  aadObjectId?: string;
  /** "user" or "bot", when the channel says. */
  role?: string;
}

export interface MentionEntity {
  type: "mention";
  text?: string;
  mentioned?: ChannelAccount;
}

export interface TeamsActivity {
  type: string;
  id?: string;
  /** Invoke name: "composeExtension/query", "composeExtension/selectItem", … */
  name?: string;
  text?: string;
  /** Action.Submit data, or an invoke's payload. */
  value?: unknown;
  locale?: string;
  /** On a card action: the id of the message the card is in. */
  replyToId?: string;
  /** installationUpdate: "add", "remove", "add-upgrade", "remove-upgrade". */
  action?: string;
  from?: ChannelAccount;
  recipient?: ChannelAccount;
  conversation?: { id: string; conversationType?: string; isGroup?: boolean; tenantId?: string };
  entities?: ({ type: string } & Record<string, unknown>)[];
  membersAdded?: ChannelAccount[];
  channelData?: Record<string, unknown>;
}

/** A message the bot sends: an Adaptive Card with a one-line summary for notifications. */
export interface OutgoingMessage {
  card: Record<string, unknown>;
  /** Plain text shown in notifications and by clients that cannot render cards. */
  summary: string;
}

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

/** Who is asking: their Entra object id when Teams gives it (stable across chats), else the channel account id. */
export const userIdOf = (activity: TeamsActivity) =>
  activity.from?.aadObjectId ?? activity.from?.id ?? "unknown";

/** Where a question was asked, in the store's words. */
export function channelKindOf(activity: TeamsActivity): ChannelKind {
  const type = activity.conversation?.conversationType;
  if (type === "channel") return "channel";
  if (type === "groupChat" || activity.conversation?.isGroup) return "group";
  return "direct";
}

/** "personal" for one-to-one chats, "channel" or "groupChat" otherwise. */
export const isPersonal = (activity: TeamsActivity) =>
  (activity.conversation?.conversationType ?? "personal") === "personal" && !activity.conversation?.isGroup;

export const mentionsOf = (activity: TeamsActivity): MentionEntity[] =>
  (activity.entities ?? []).filter(
    (e): e is MentionEntity & { type: string } & Record<string, unknown> => e.type === "mention",
  );

/** The bot is @mentioned in this activity. */
export const mentionsBot = (activity: TeamsActivity) =>
  mentionsOf(activity).some((m) => m.mentioned?.id && m.mentioned.id === activity.recipient?.id);

/** The client's locale: the activity's, else the clientInfo entity's ("es-ES", "en-US"). */
export function localeOf(activity: TeamsActivity): string | undefined {
  if (activity.locale) return activity.locale;
  const info = activity.entities?.find((e) => e.type === "clientInfo");
  return typeof info?.locale === "string" ? info.locale : undefined;
}
