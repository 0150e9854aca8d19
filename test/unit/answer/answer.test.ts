import { beforeAll, describe, expect, it } from "vitest";
import type { Errdesk, Interpretation } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

let errdesk: Errdesk;
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
});

const readings = (text: string): Interpretation[] => errdesk.answer(text).hits[0]?.interpretations ?? [];
const top = (text: string) => readings(text)[0];

describe("answer() decodes what people paste", () => {
  it("0x80090311: SEC_E_NO_AUTHENTICATING_AUTHORITY, facility 9, code 0x311, failure, with its article", () => {
    const answer = errdesk.answer("0x80090311");
    const reading = answer.hits[0]?.interpretations[0];
    expect(reading).toMatchObject({
      family: "hresult",
      names: ["SEC_E_NO_AUTHENTICATING_AUTHORITY"],
      nameSource: "header",
    });
    expect(reading?.fields).toMatchObject({
      kind: "hresult",
      fields: { severity: "failure", facility: 9, code: 0x311 },
    });
    expect(reading?.fields.kind === "hresult" && reading.fields.facilityNames).toContain("SECURITY");
    expect(answer.hits[0]?.article?.id).toBe("sec-e-no-authenticating-authority");
  });

  it("0x80070005: E_ACCESSDENIED wrapping Win32 5 ERROR_ACCESS_DENIED", () => {
    const reading = top("0x80070005");
    expect(reading?.names).toContain("E_ACCESSDENIED");
    expect(reading?.related).toContainEqual(
      expect.objectContaining({
        family: "win32",
        display: "5",
        names: expect.arrayContaining(["ERROR_ACCESS_DENIED"]),
        relation: "wraps",
      }),
    );
  });

  it("0xD0000022: HRESULT_FROM_NT unwraps STATUS_ACCESS_DENIED", () => {
    const reading = top("0xD0000022");
    expect(reading?.family).toBe("hresult");
    expect(reading?.fields).toMatchObject({ kind: "hresult", fields: { ntstatus: true } });
    expect(reading?.related).toContainEqual(
      expect.objectContaining({
        family: "ntstatus",
        value: "0xC0000022",
        names: ["STATUS_ACCESS_DENIED"],
        relation: "wraps",
      }),
    );
  });

  it("0xC0000022 is the same error as Win32 5 and 0x80070005", () => {
    const related = top("0xC0000022")?.related ?? [];
    expect(related).toContainEqual(
      expect.objectContaining({ family: "win32", value: "0x00000005", relation: "same-error" }),
    );
    expect(related).toContainEqual(
      expect.objectContaining({ family: "hresult", value: "0x80070005", relation: "same-error" }),
    );
  });

  it('"Stop code: CRITICAL_PROCESS_DIED" is bug check 0x000000EF', () => {
    expect(top("Stop code: CRITICAL_PROCESS_DIED")).toMatchObject({
      family: "bugcheck",
      value: "0x000000EF",
    });
  });

  it('"error 1326" is ERROR_LOGON_FAILURE', () => {
    expect(top("error 1326")).toMatchObject({
      family: "win32",
      names: expect.arrayContaining(["ERROR_LOGON_FAILURE"]),
    });
  });

  it('"0x7B" lists both readings; the words around it decide the order', () => {
    const families = (text: string) => readings(text).map((r) => `${r.family}:${r.names[0]}`);
    expect(families("0x7B")).toEqual(
      expect.arrayContaining(["bugcheck:INACCESSIBLE_BOOT_DEVICE", "win32:ERROR_INVALID_NAME"]),
    );
    expect(families("blue screen STOP 0x7B after changing SATA mode")[0]).toBe(
      "bugcheck:INACCESSIBLE_BOOT_DEVICE",
    );
    expect(families("System error 0x7B when opening the share")[0]).toBe("win32:ERROR_INVALID_NAME");
  });

  it("reads NTSTATUS values among a bug check's parameters", () => {
    const reading = top(
      "0x0000007E (0xFFFFFFFFC0000005, 0xFFFFF8021A2B3C4D, 0xFFFFD000201A7E28, 0xFFFFD000201A7630)",
    );
    expect(reading?.family).toBe("bugcheck");
    expect(reading?.fields).toMatchObject({
      kind: "bugcheck",
      parameters: [
        expect.objectContaining({ value: "0xC0000005", names: ["STATUS_ACCESS_VIOLATION"] }),
        expect.anything(),
        expect.anything(),
        expect.anything(),
      ],
    });
  });

  it("decodes a value no catalog knows field by field and says its name is unknown", () => {
    const hit = errdesk.answer("0x8123ABCD").hits[0];
    expect(hit?.interpretations[0]).toMatchObject({ family: "hresult", names: [], nameSource: "none" });
    expect(hit?.interpretations[0]?.fields).toMatchObject({ fields: { facility: 0x123, code: 0xabcd } });
    expect(hit?.meaning).toMatch(/no header or article names/);
  });

  it("says a customer-bit value is vendor-defined", () => {
    const hit = errdesk.answer("the app returned 0xA0040001").hits[0];
    expect(hit?.meaning).toMatch(/vendor-defined/);
  });

  it("answers several codes in order of appearance", () => {
    const answer = errdesk.answer("first 0x80070005, then error 1326, finally STOP 0x0000007B");
    expect(answer.hits.map((h) => h.value)).toEqual(["0x80070005", "0x0000052E", "0x0000007B"]);
    expect(answer.text).toMatch(
      /^Error codes: 0x80070005 E_ACCESSDENIED, 1326 ERROR_LOGON_FAILURE, 0x0000007B INACCESSIBLE_BOOT_DEVICE$/,
    );
  });
});

describe("answer() for descriptions", () => {
  it("suggests articles for a symptom sentence, in the asker's language", () => {
    const en = errdesk.answer("can't RDP, says no authority could be contacted");
    expect(en.kind).toBe("suggestions");
    expect(en.suggestions[0]).toMatchObject({
      articleId: "sec-e-no-authenticating-authority",
      codes: ["0x80090311"],
    });
    const es = errdesk.answer("me sale acceso denegado al copiar archivos a la carpeta compartida");
    expect(es.lang).toBe("es");
    expect(es.suggestions[0]?.articleId).toBe("access-denied");
  });

  it("says it found nothing rather than guessing", () => {
    const answer = errdesk.answer("what time is lunch today?");
    expect(answer.kind).toBe("nothing");
    expect(answer.suggestions).toEqual([]);
  });

  it("honours the user's locale", () => {
    expect(errdesk.answer("0x80070005", { locale: "es-MX" }).lang).toBe("es");
    expect(errdesk.answer("0x80070005", { locale: "en-GB" }).lang).toBe("en");
  });
});

describe("answerAction() answers button clicks", () => {
  it("fixes, details and related switch the view of the same code", () => {
    for (const type of ["fixes", "details", "related"] as const) {
      const answer = errdesk.answerAction({ type, value: "0x80090311", family: "hresult" });
      expect(answer.view).toBe(type);
      expect(answer.hits[0]?.interpretations[0]?.names).toEqual(["SEC_E_NO_AUTHENTICATING_AUTHORITY"]);
    }
  });

  it("open shows a suggested article's code; lookup answers a related code", () => {
    expect(errdesk.answerAction({ type: "open", articleId: "access-denied" }).hits[0]?.article?.id).toBe(
      "access-denied",
    );
    expect(
      errdesk.answerAction({ type: "lookup", value: "5", family: "win32" }).hits[0]?.interpretations[0]
        ?.names,
    ).toContain("ERROR_ACCESS_DENIED");
  });

  it("feedback thanks the user in their language", () => {
    const answer = errdesk.answerAction({ type: "feedback", helpful: true, value: "0x80070005", lang: "es" });
    expect(answer.notice).toMatch(/Gracias/);
  });

  it("an unknown article is a notice, not a crash", () => {
    expect(errdesk.answerAction({ type: "open", articleId: "no-such-article" }).notice).toMatch(
      /no-such-article/,
    );
  });
});
