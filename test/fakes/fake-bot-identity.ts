/**
 * A local stand-in for the two Microsoft identity services a Bot Framework bot meets, on a real
 * socket with keys made here (node:crypto RSA), so authentication runs end to end offline:
 *
 * - inbound: the Bot Connector's OpenID configuration and its signing keys (JWKS), and tokens
 *   signed like the Bot Connector's (iss https://api.botframework.com, aud = the bot's app id,
 *   serviceurl claim) — or forged, expired, misaddressed, for the tests that must refuse them;
 * - outbound: the token endpoint of the bot's login authority (OAuth 2.0 client credentials), which
 *   checks the app id and password and issues tokens the fake Bot Connector can verify.
 *
 * Point errdesk at it with MICROSOFT_OPENID_METADATA_URL=`openIdMetadataUrl` and
 * MICROSOFT_LOGIN_URL=`loginUrl`.
 */
import { generateKeyPairSync, type KeyObject, sign, verify } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
export const BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default";

const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

interface KeyPair {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function keyPair(kid: string): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** A compact RS256 JWS, the way the Bot Connector and Entra ID sign theirs. */
export function signJwt(
  payload: Record<string, unknown>,
  key: { kid: string; privateKey: KeyObject },
): string {
  const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: key.kid }));
  const body = b64url(JSON.stringify(payload));
  const signature = sign("RSA-SHA256", Buffer.from(`${header}.${body}`), key.privateKey);
  return `${header}.${body}.${b64url(signature)}`;
}

function verifyJwt(token: string, publicKey: KeyObject): Record<string, unknown> | undefined {
  const [header, body, signature] = token.split(".");
  if (!header || !body || !signature) return undefined;
  const ok = verify(
    "RSA-SHA256",
    Buffer.from(`${header}.${body}`),
    publicKey,
    Buffer.from(signature, "base64url"),
  );
  return ok
    ? (JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<string, unknown>)
    : undefined;
}

export interface InboundTokenOptions {
  /** The bot's app id (the audience). */
  audience: string;
  /** The activity's serviceUrl; Bot Framework binds each token to it. */
  serviceUrl: string;
  issuer?: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  /** Signed with a key the JWKS does not publish, under a published key id: a forgery. */
  forged?: boolean;
  /** Extra or replaced claims. */
  claims?: Record<string, unknown>;
}

export interface TokenRequest {
  clientId: string;
  scope: string;
  grantType: string;
  /** Whether client_id and client_secret matched the configured app. */
  accepted: boolean;
}

export async function startFakeBotIdentity(app: { appId: string; appPassword: string }) {
  // Bot Connector's signing key (inbound), an attacker's key, and the login authority's key (outbound).
  const connectorKey = keyPair("fake-connector-key-1");
  const forgerKey = keyPair("fake-connector-key-1");
  const loginKey = keyPair("fake-login-key-1");
  const tokenRequests: TokenRequest[] = [];
  const issued = new Set<string>();
  let metadataRequests = 0;

  const jwk = (key: KeyPair) => ({
    ...(key.publicKey.export({ format: "jwk" }) as Record<string, unknown>),
    kid: key.kid,
    use: "sig",
    alg: "RS256",
    // Bot Framework lists the channels each key may sign for; botbuilder checks the activity's channelId.
    endorsements: ["msteams", "emulator", "webchat"],
  });

  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      raw += chunk;
    });
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0];
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.method === "GET" && path === "/v1/.well-known/openidconfiguration") {
        metadataRequests++;
        return json(200, {
          issuer: BOT_FRAMEWORK_ISSUER,
          authorization_endpoint: `${url}/v1/authorize`,
          jwks_uri: `${url}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
          token_endpoint_auth_methods_supported: ["private_key_jwt"],
        });
      }
      if (req.method === "GET" && path === "/v1/.well-known/keys")
        return json(200, { keys: [jwk(connectorKey)] });
      if (req.method === "POST" && path === "/botframework.com/oauth2/v2.0/token") {
        const form = new URLSearchParams(raw);
        const request: TokenRequest = {
          clientId: form.get("client_id") ?? "",
          scope: form.get("scope") ?? "",
          grantType: form.get("grant_type") ?? "",
          accepted:
            form.get("client_id") === app.appId &&
            form.get("client_secret") === app.appPassword &&
            form.get("grant_type") === "client_credentials",
        };
        tokenRequests.push(request);
        if (!request.accepted)
          return json(401, {
            error: "invalid_client",
            error_description: "AADSTS7000215: Invalid client secret",
          });
        const now = Math.floor(Date.now() / 1000);
        const token = signJwt(
          {
            iss: "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
            aud: request.scope.replace(/\/\.default$/, ""),
            appid: request.clientId,
            azp: request.clientId,
            iat: now,
            nbf: now,
            exp: now + 3600,
          },
          loginKey,
        );
        issued.add(token);
        return json(200, {
          token_type: "Bearer",
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: token,
        });
      }
      json(404, { error: `fake identity: nothing at ${req.method} ${path}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    openIdMetadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    loginUrl: `${url}/botframework.com`,
    tokenRequests,
    metadataRequests: () => metadataRequests,
    /** A bearer token as the Bot Connector sends it with an activity (or a bad one, by the options). */
    inboundToken(options: InboundTokenOptions): string {
      const now = Math.floor(Date.now() / 1000);
      const expiresIn = options.expiresIn ?? 3600;
      return signJwt(
        {
          iss: options.issuer ?? BOT_FRAMEWORK_ISSUER,
          aud: options.audience,
          serviceurl: options.serviceUrl,
          iat: now - 60,
          nbf: now - 60,
          exp: now + expiresIn,
          ...options.claims,
        },
        options.forged ? forgerKey : connectorKey,
      );
    },
    /** The Authorization header carries a token this server issued to the bot, for the Bot Connector scope. */
    isIssuedBearer(authorization: string | undefined): boolean {
      const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
      if (!token || !issued.has(token)) return false;
      const claims = verifyJwt(token, loginKey.publicKey);
      return claims?.aud === BOT_FRAMEWORK_ISSUER && claims.appid === app.appId;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeBotIdentity = Awaited<ReturnType<typeof startFakeBotIdentity>>;
