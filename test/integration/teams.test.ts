/**
 * The Teams adapter end to end: the real app (startApp) in emulator mode, Bot Framework activities
 * POSTed to /api/messages over HTTP, and replies checked where botbuilder sends them, on a fake Bot
 * Connector (the activities' serviceUrl).
 */
import { describe, expect, it } from "vitest";
import { type ConnectorCall, FAKE } from "../fakes/fake-bot-connector.ts";
import { useTeamsApp } from "../helpers/platform-apps.ts";

const teams = useTeamsApp();

const post = (body: unknown, contentType = "application/json") =>
  fetch(`${teams.app.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** The card in a connector call, as JSON text (for "names the code" checks) and as an object. */
function cardOf(call: ConnectorCall | undefined) {
  const attachments = call?.activity.attachments as {
    contentType: string;
    content: Record<string, unknown>;
  }[];
  expect(attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
  const card = attachments[0]?.content ?? {};
  return { card, text: JSON.stringify(card) };
}

/** Sends an activity and waits for the connector call it causes. */
async function send(activity: { id: string }, method: "POST" | "PUT" = "POST") {
  const response = await post(activity);
  expect(response.status).toBe(200);
  const calls = await teams.connector.waitFor((all) =>
    all.some((c) => c.status === 200 && c.method === method && c.activity.replyToId === activity.id),
  );
  return calls.find((c) => c.method === method && c.activity.replyToId === activity.id);
}

describe("Teams bot", () => {
  it("answers a personal message with a card that names the code", async () => {
    const question = teams.activities.personalMessage("I get 0x80090311 when I connect");
    const reply = await send(question);
    expect(reply?.conversationId).toBe(FAKE.personalChat);
    expect(reply?.activityId).toBe(question.id);
    expect(reply?.activity.summary).toContain("SEC_E_NO_AUTHENTICATING_AUTHORITY");
    const { card, text } = cardOf(reply);
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(text).toContain("0x80090311 SEC\\\\_E\\\\_NO\\\\_AUTHENTICATING\\\\_AUTHORITY");
    expect(teams.logs.lines).toContainEqual(
      expect.objectContaining({ msg: "answered", activityId: question.id, codes: ["0x80090311"] }),
    );
    expect(JSON.stringify(teams.logs.lines)).not.toContain("when I connect");
  });

  it("answers a channel @mention with symptoms by suggestions, in the thread", async () => {
    const reply = await send(teams.activities.channelMessage("can't rdp, no authority could be contacted"));
    expect(reply?.conversationId).toBe(FAKE.channelThread);
    const { text } = cardOf(reply);
    expect(text).toContain("Maybe one of these?");
    expect(text).toContain("No authority could be contacted for authentication");
  });

  it("stays quiet in a channel when not mentioned", async () => {
    const ignored = teams.activities.channelMessage("0x80070005", { mention: false });
    expect((await post(ignored)).status).toBe(200);
    await send(teams.activities.personalMessage("0x80070005"));
    expect(teams.connector.calls.some((c) => c.activity.replyToId === ignored.id)).toBe(false);
  });

  it("answers in Spanish when the client's locale is Spanish", async () => {
    const reply = await send(teams.activities.personalMessage("0x80070005", { locale: "es-ES" }));
    expect(cardOf(reply).text).toContain("Todas las causas y soluciones");
  });

  it("answers a related-code button by updating the card in place", async () => {
    const data = {
      errdesk: JSON.stringify({ type: "lookup", value: "0x00000005", family: "win32", lang: "en" }),
    };
    const click = teams.activities.cardSubmit(data, "activity-card-1");
    expect((await post(click)).status).toBe(200);
    const [update] = await teams.connector.waitFor((all) =>
      all.some((c) => c.method === "PUT" && c.activityId === "activity-card-1"),
    );
    const put = teams.connector.calls.find((c) => c.method === "PUT" && c.activityId === "activity-card-1");
    expect(update).toBeDefined();
    expect(put?.activity.id).toBe("activity-card-1");
    expect(cardOf(put).text).toContain("Win32 error 5 ERROR\\\\_ACCESS\\\\_DENIED");
  });

  it("takes feedback by updating the card with a thank-you notice, logging the code but no text", async () => {
    const data = {
      errdesk: JSON.stringify({ type: "feedback", helpful: true, value: "0x80090311", family: "hresult" }),
    };
    const click = teams.activities.cardSubmit(data, "activity-card-2");
    expect((await post(click)).status).toBe(200);
    await teams.connector.waitFor((all) =>
      all.some((c) => c.method === "PUT" && c.activityId === "activity-card-2"),
    );
    const put = teams.connector.calls.find((c) => c.method === "PUT" && c.activityId === "activity-card-2");
    expect(cardOf(put).text).toContain("Thanks, glad it helped.");
    expect(teams.logs.lines).toContainEqual(
      expect.objectContaining({ msg: "feedback", activityId: click.id, helpful: true, code: "0x80090311" }),
    );
  });

  it("answers a messaging-extension query and select synchronously in the invoke response", async () => {
    const query = await post(
      teams.activities.invoke("composeExtension/query", {
        commandId: "searchErrors",
        parameters: [{ name: "searchText", value: "0x80070005" }],
        queryOptions: { skip: 0, count: 25 },
      }),
    );
    expect(query.status).toBe(200);
    const results = (await query.json()) as {
      composeExtension: {
        type: string;
        attachmentLayout: string;
        attachments: { preview: { content: { title: string; tap: { value: unknown } } } }[];
      };
    };
    expect(results.composeExtension).toMatchObject({ type: "result", attachmentLayout: "list" });
    const first = results.composeExtension.attachments[0];
    expect(first?.preview.content.title).toContain("0x80070005");

    const select = await post(
      teams.activities.invoke("composeExtension/selectItem", first?.preview.content.tap.value),
    );
    expect(select.status).toBe(200);
    const selected = (await select.json()) as {
      composeExtension: { attachments: { contentType: string; content: unknown }[] };
    };
    const attachment = selected.composeExtension.attachments[0];
    expect(attachment?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(JSON.stringify(attachment?.content)).toContain("E\\\\_ACCESSDENIED");
  });

  it("lists articles for an empty query and refuses an unknown command", async () => {
    const browse = await post(
      teams.activities.invoke("composeExtension/query", {
        commandId: "searchErrors",
        parameters: [{ name: "initialRun", value: "true" }],
      }),
    );
    const body = (await browse.json()) as { composeExtension: { attachments: unknown[] } };
    expect(body.composeExtension.attachments.length).toBeGreaterThan(5);
    const unknown = await post(
      teams.activities.invoke("composeExtension/query", { commandId: "nope", parameters: [] }),
    );
    expect(unknown.status).toBe(400);
  });

  it("welcomes once when added to a team, although Teams sends two activities", async () => {
    const added = teams.activities.botAdded();
    const welcome = await send(added);
    expect(cardOf(welcome).text).toContain("errdesk explains Windows error codes");
    const installed = { ...teams.activities.installed(), conversation: added.conversation };
    expect((await post(installed)).status).toBe(200);
    await send(teams.activities.personalMessage("0x80070005"));
    expect(teams.connector.calls.some((c) => c.activity.replyToId === installed.id)).toBe(false);
  });

  it("answers a redelivered activity once", async () => {
    const message = teams.activities.personalMessage("error 1326");
    await send(message);
    expect((await post(message)).status).toBe(200);
    await send(teams.activities.personalMessage("0x80070005"));
    expect(teams.connector.calls.filter((c) => c.activity.replyToId === message.id)).toHaveLength(1);
  });

  it("refuses malformed requests with 4xx and keeps answering", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post("text", "text/plain")).status).toBe(415);
    expect((await post({ text: "no type" })).status).toBe(400);
    expect((await post([1, 2])).status).toBe(400);
    const reply = await send(teams.activities.personalMessage("0x80070005"));
    expect(reply?.status).toBe(200);
  });
});
