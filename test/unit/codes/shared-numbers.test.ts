/**
 * Win32 numbers 600-899 mean one thing in winerror.h and another in raserror.h (VPN and remote
 * access). People meet the VPN meaning: where an article says so, its name comes first, in the
 * answer's header and in the sentence that explains the code.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Errdesk } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

let errdesk: Errdesk;
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
});

describe("numbers two headers share", () => {
  it.each([
    ["VPN error 691", "ERROR_AUTHENTICATION_FAILURE", "ERROR_DBG_TERMINATE_THREAD"],
    [
      "error 800 when connecting to the vpn",
      "ERROR_AUTOMATIC_VPN_FAILED",
      "ERROR_OPLOCK_SWITCHED_TO_NEW_HANDLE",
    ],
    [
      "L2TP VPN fails with error 789",
      "ERROR_OAKLEY_GENERAL_PROCESSING",
      "ERROR_LOST_WRITEBEHIND_DATA_NETWORK_SERVER_ERROR",
    ],
  ])("%s: the VPN name first, the other still shown", (text, vpnName, otherName) => {
    const [hit] = errdesk.answer(text).hits;
    const top = hit?.interpretations[0];
    expect(top?.family).toBe("win32");
    expect(top?.names).toEqual([vpnName, otherName]);
    expect(hit?.article).not.toBeNull();
    expect(hit?.meaning).not.toContain(otherName);
  });

  it("keeps the catalog's order where no article picks a name", () => {
    const [hit] = errdesk.answer("system error 651").hits;
    expect(hit?.interpretations[0]?.names).toEqual(["ERROR_MCA_OCCURED", "ERROR_FROM_DEVICE"]);
  });

  it("reads Windows' Spanish 'Error de acceso remoto 868' as the code, and answers in Spanish", () => {
    const answer = errdesk.answer("Error de acceso remoto 868");
    expect(answer.lang).toBe("es");
    expect(answer.hits.map((h) => [h.interpretations[0]?.display, h.interpretations[0]?.names[0]])).toEqual([
      ["868", "ERROR_DNSNAME_NOT_RESOLVABLE"],
    ]);
  });

  it("answers a short Spanish message in Spanish", () => {
    const answer = errdesk.answer("la vpn da error 691");
    expect(answer.lang).toBe("es");
    expect(answer.hits[0]?.article?.lang).toBe("es");
  });
});
