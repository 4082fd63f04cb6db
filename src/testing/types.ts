/**
 * Public types of the dummy LINE platform (`messaging-api-line/testing`).
 *
 * @packageDocumentation
 */

import type { IncomingHttpHeaders } from 'node:http';
import type { DummyLineSimulator, SimulatorOptions } from './simulator/types';
import type { DummyProfile, JsonObject, JsonValue, SeedContent } from './values';

export type { DummyProfile, JsonObject, JsonValue, SeedContent } from './values';

/**
 * Which LINE host a request reached: `api` (api.line.me), `data` (api-data.line.me) or `manager`
 * (manager.line.biz, which serves only the module attach endpoint).
 */
export type DummyHost = 'api' | 'data' | 'manager';

/** One entry of LINE's error `details` array. */
export interface LineErrorDetail {
  /** What is wrong, for example `May not be empty`. */
  readonly message?: string;
  /** Where it is wrong, for example `messages[0].text`. */
  readonly property?: string;
}

/** LINE's error body (`ErrorResponse` in messaging-api.yml). */
export interface LineErrorBody {
  /** The error summary, for example `The request body has 1 error(s)`. */
  readonly message: string;
  /** Per-property errors; absent when there are none. */
  readonly details?: readonly LineErrorDetail[];
  /** On a 409 retry-key conflict of a push: the messages that the first request sent. */
  readonly sentMessages?: readonly SentMessage[];
}

/** One item of `sentMessages` in a reply or push response. */
export interface SentMessage {
  /** The message id. */
  readonly id: string;
  /** The quote token; present for message types that can be quoted (text, sticker). */
  readonly quoteToken?: string;
}

/** A request as the dummy server received it. */
export interface RecordedRequest {
  /** The `x-line-request-id` the server answered (or would have answered) with. */
  readonly requestId: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** Which host the request reached. */
  readonly host: DummyHost;
  /** Path without the query string, for example `/v2/bot/message/push`. */
  readonly path: string;
  /** Query parameters (the first value of each name). */
  readonly query: Readonly<Record<string, string>>;
  /** Request headers as Node parsed them (names in lower case). */
  readonly headers: IncomingHttpHeaders;
  /**
   * The body: parsed JSON for JSON endpoints (the raw text if it did not parse), a `Buffer` for binary
   * and multipart endpoints, a string for form endpoints, `undefined` when there was none.
   */
  readonly body: JsonValue | Buffer | string | undefined;
  /** When the request arrived (`Date.now()`). */
  readonly time: number;
  /** The status answered; `undefined` while pending, or when the request hung or was dropped before answering. */
  readonly status: number | undefined;
  /**
   * True when a fault destroyed the connection without an answer: `drop: 'before'` (recorded but never
   * processed) or `drop: 'after'` (processed, then dropped).
   */
  readonly dropped: boolean;
  /**
   * Set when the body is not kept: `'rejected'` for a request answered 401 (unauthenticated), 404 (no such route)
   * or 413 (too large), `'over-cap'` for a body over `maxRecordedBodyBytes`. `body` is then undefined.
   */
  readonly bodyOmitted?: 'rejected' | 'over-cap';
  /** The size of the body that was not kept, in bytes (when `bodyOmitted` is set). */
  readonly bodyBytes?: number;
}

/** Which send endpoint delivered messages (`pnp`: a LINE notification message sent by `POST /bot/pnp/push`). */
export type DeliveryKind = 'reply' | 'push' | 'multicast' | 'broadcast' | 'narrowcast' | 'pnp';

/** One accepted send request (reply, push, multicast, broadcast, narrowcast or LINE notification message). */
export interface Delivery {
  /** Which endpoint accepted it. */
  readonly kind: DeliveryKind;
  /** The `x-line-request-id` of the accepting response. */
  readonly requestId: string;
  /** The `X-Line-Retry-Key` it carried, if any. */
  readonly retryKey: string | undefined;
  /** Every user, group or room id the messages were delivered to (the phone number hash, for `pnp`). */
  readonly recipients: readonly string[];
  /** The message objects, as sent. */
  readonly messages: readonly JsonObject[];
  /** The `sentMessages` answered (reply and push only). */
  readonly sentMessages: readonly SentMessage[] | undefined;
  /** The `X-Line-Delivery-Tag` of a LINE notification message, if any. */
  readonly deliveryTag?: string;
  /** When it was accepted (`Date.now()`). */
  readonly time: number;
}

/**
 * Seeded member ids of a group or room: an explicit list, or `count` ids generated on demand as
 * `prefix + index` so that huge groups cost no memory. The index is zero-padded to make the id 33
 * characters long (at least 8 digits), so the default prefix `U`, or `U` plus hex digits, gives
 * well-formed user ids (`U00000000000000000000000000000007`).
 */
export type SeedMemberIds =
  | readonly string[]
  | {
      /** How many members. */
      readonly count: number;
      /** The id prefix; `U` by default. */
      readonly prefix?: string;
    };

/** A group chat the bot is in. */
export interface SeedGroup {
  /** The group id (`C…` on the real platform). */
  readonly groupId: string;
  /** The group name; defaults to the id. */
  readonly groupName?: string;
  /** The group icon URL. */
  readonly pictureUrl?: string;
  /** The member user ids. */
  readonly memberIds?: SeedMemberIds;
}

/** A multi-person chat (room) the bot is in. */
export interface SeedRoom {
  /** The room id (`R…` on the real platform). */
  readonly roomId: string;
  /** The member user ids. */
  readonly memberIds?: SeedMemberIds;
}

/** A reply token seeded as valid, and the chat it replies to. */
export interface SeedReplyToken {
  /** The token. */
  readonly replyToken: string;
  /** The user, group or room id that a reply with this token is delivered to. */
  readonly to: string;
}

/** A rich menu that exists from the start. */
export interface SeedRichMenu {
  /** Its id; generated when absent. */
  readonly richMenuId?: string;
  /** The rich menu object (`size`, `selected`, `name`, `chatBarText`, `areas`). */
  readonly menu: JsonObject;
  /** The image already uploaded, if any. */
  readonly image?: Buffer;
  /** The image's content type; defaults to `image/png`. */
  readonly imageContentType?: string;
}

/** An audience group that exists from the start. */
export interface SeedAudienceGroup {
  /** Its id; generated when absent. */
  readonly audienceGroupId?: number;
  /** Its name. */
  readonly description: string;
  /** `UPLOAD`, `CLICK`, `IMP`, …; defaults to `UPLOAD`. */
  readonly type?: string;
  /** `READY`, `IN_PROGRESS`, …; defaults to `READY`. */
  readonly status?: string;
  /** The user ids or IFAs in it (used by narrowcast to an audience). */
  readonly audienceIds?: readonly string[];
  /** Whether it holds IFAs; defaults to false. */
  readonly isIfaAudience?: boolean;
  /** `MESSAGING_API`, `OA_MANAGER`, …; defaults to `MESSAGING_API`. */
  readonly createRoute?: string;
  /** `READ` or `READ_WRITE`; defaults to `READ_WRITE`. */
  readonly permission?: string;
  /** Creation time in epoch seconds; defaults to the server start. */
  readonly created?: number;
}

/** A channel whose ID and secret the channel access token endpoints accept. */
export interface SeedChannel {
  /** The channel ID (digits on the real platform; any string here). */
  readonly channelId: string;
  /** The channel secret. */
  readonly channelSecret: string;
}

/** A membership plan (`GET /v2/bot/membership/list`) and its members. */
export interface SeedMembership {
  /** The plan id. */
  readonly membershipId: number;
  /** The plan name. */
  readonly title: string;
  /** The plan description; empty by default. */
  readonly description?: string;
  /** The benefits; none by default. */
  readonly benefits?: readonly string[];
  /** The monthly price; 500 by default. */
  readonly price?: number;
  /** `JPY`, `TWD` or `THB`; `JPY` by default. */
  readonly currency?: string;
  /** The most members; no limit (`null`) by default. */
  readonly memberLimit?: number;
  /** The member user ids (`GET /v2/bot/membership/{membershipId}/users/ids`), in joining order. */
  readonly memberIds?: SeedMemberIds;
}

/** The monthly message quota (`GET /v2/bot/message/quota`). */
export type DummyQuota =
  | {
      /** No limit. */
      readonly type: 'none';
    }
  | {
      /** Limited to `value` messages a month. */
      readonly type: 'limited';
      /** The monthly limit. */
      readonly value: number;
    };

/** Describes a request to a fault predicate. */
export interface FaultRequestInfo {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Which host the request reached. */
  readonly host: DummyHost;
  /** Path without the query string. */
  readonly path: string;
  /** The route template that matched, for example `GET /v2/bot/profile/{userId}`; undefined for unknown paths. */
  readonly route: string | undefined;
  /** Request headers (names in lower case). */
  readonly headers: IncomingHttpHeaders;
}

/**
 * Which requests a fault applies to: `'METHOD /path'` (the concrete path or the route template such as
 * `GET /v2/bot/profile/{userId}`), a RegExp tested against `'METHOD /path'`, or a predicate.
 */
export type FaultRoute = string | RegExp | ((request: FaultRequestInfo) => boolean);

/**
 * A fault to inject. The first added rule that matches a request and fires (see `probability`) decides
 * what happens to it. A rule with none of `status`, `delayMs`, `drop` or `hang` answers 500.
 */
export interface FaultRule {
  /** Which requests it applies to; every request when absent. */
  readonly route?: FaultRoute;
  /** How many times it fires before it is spent; unlimited when absent. */
  readonly times?: number;
  /** The chance (0–1) that it fires on a matching request, drawn from the server's seeded PRNG; 1 when absent. */
  readonly probability?: number;
  /**
   * Answer this status instead of processing the request. The body defaults to LINE's: the rate-limit
   * body for 429, `Internal Server Error` for 5xx.
   */
  readonly status?: number;
  /** The error body to answer with `status` (see {@link LINE_ERROR_BODIES}). */
  readonly body?: LineErrorBody;
  /** Extra response headers to send with `status`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long first, then apply the rest of the rule (or process the request normally when nothing else is given). */
  readonly delayMs?: number;
  /**
   * `'before'`: destroy the connection without processing the request: nothing is delivered and no retry
   * key is accepted, but the request is recorded in `server.requests` with `dropped: true`.
   * `'after'`: process the request (deliver, record the retry key) and then destroy the connection
   * without answering.
   * `'mid-answer'`: process the request, send the answer's status and headers and the first half of its body, then
   * destroy the connection (a connection lost in the middle of a 2xx answer; the request is recorded with
   * `dropped: true` and its status).
   */
  readonly drop?: 'before' | 'after' | 'mid-answer';
  /** Never answer; the connection stays open until the client gives up or the server closes. */
  readonly hang?: boolean;
}

/** A fault that was added; use it to see how often it fired or to remove it. */
export interface FaultHandle {
  /** How many times it has fired. */
  readonly hits: number;
  /** How many more times it may fire; undefined when unlimited. */
  readonly remaining: number | undefined;
  /** Removes it. */
  remove(): void;
}

/** Fault injection controls (`server.faults`). */
export interface FaultController {
  /**
   * Adds a fault rule.
   *
   * @param rule - what to inject and where
   * @returns a handle to inspect or remove the rule
   */
  add(rule: FaultRule): FaultHandle;
  /** Removes every fault rule. */
  clear(): void;
}

/** Options of {@link createDummyLineServer}; every field is optional. */
export interface DummyLineServerOptions extends SimulatorOptions {
  /** Port of the api host listener; 0 (any free port) by default. */
  readonly port?: number;
  /** Port of the data host listener; 0 (any free port) by default. */
  readonly dataPort?: number;
  /** Port of the manager host listener (manager.line.biz, module attach only); 0 (any free port) by default. */
  readonly managerPort?: number;
  /**
   * The address to listen on; `127.0.0.1` by default. An address beyond loopback (other than `127.0.0.1`, `::1` or
   * `localhost`) exposes the dummy platform, its tokens and recorded requests to the network: it needs
   * `allowRemote: true`, and a warning is printed.
   */
  readonly hostname?: string;
  /** Allow a `hostname` beyond loopback (a warning is printed); false by default. */
  readonly allowRemote?: boolean;
  /** The main valid channel access token (`server.accessToken`); random by default. */
  readonly accessToken?: string;
  /** More valid channel access tokens. */
  readonly accessTokens?: readonly string[];
  /**
   * Channels whose ID and secret the channel access token endpoints (`/oauth2/…`, `/v2/oauth/…`) and the
   * module attach endpoint accept. The first is the default channel (`server.channelId`); when absent, one
   * channel `1234567890` with a random secret.
   */
  readonly channels?: readonly SeedChannel[];
  /**
   * Life in seconds of a stateless channel access token (`POST /oauth2/v3/token`); 900 by default. The client
   * takes an `expires_in` below 1 as an invalid answer.
   */
  readonly statelessTokenExpiresIn?: number;
  /** Life in seconds of a short-lived channel access token (`POST /v2/oauth/accessToken`); 30 days by default. */
  readonly shortLivedTokenExpiresIn?: number;
  /** Seed of the PRNG used for `probability` faults; a fixed constant by default, so runs repeat. */
  readonly seed?: number;
  /** Whether to keep `server.requests`; true by default. */
  readonly recordRequests?: boolean;
  /** The most requests kept in `server.requests` (the oldest are dropped); 100,000 by default. */
  readonly maxRecordedRequests?: number;
  /**
   * The largest body kept per recorded request, in bytes; a larger one is recorded without its body
   * (`bodyOmitted: 'over-cap'`). 1 MiB by default (64 KiB in the CLI). Rejected requests (401, 404, 413) are always
   * recorded without their body.
   */
  readonly maxRecordedBodyBytes?: number;
  /** Whether to keep `server.deliveries` and `messagesTo()`; true by default (quota counts are always kept). */
  readonly recordDeliveries?: boolean;
  /** Overrides of the bot info answered by `GET /v2/bot/info`. */
  readonly botInfo?: Readonly<Record<string, string>>;
  /** User profiles (`GET /v2/bot/profile/{userId}`; unknown users answer 404). */
  readonly profiles?: readonly DummyProfile[];
  /** Users who added the bot as a friend (broadcast and narrowcast targets); the profiles' users by default. */
  readonly followers?: readonly string[];
  /** Group chats the bot is in. */
  readonly groups?: readonly SeedGroup[];
  /** Multi-person chats the bot is in. */
  readonly rooms?: readonly SeedRoom[];
  /** Page size of group and room member ids; 100 (LINE's) by default. */
  readonly memberIdsPageSize?: number;
  /** Reply tokens valid from the start; a plain string replies to `U0000…`. */
  readonly replyTokens?: readonly (string | SeedReplyToken)[];
  /** How long a reply token stays valid after it was issued; forever by default. */
  readonly replyTokenTtlMs?: number;
  /** Message content by message id, served on the data host. */
  readonly messageContent?: Readonly<Record<string, SeedContent>>;
  /** Rich menus that exist from the start. */
  readonly richMenus?: readonly SeedRichMenu[];
  /** The default rich menu id from the start. */
  readonly defaultRichMenuId?: string;
  /** Per-user rich menu links from the start (user id to rich menu id). */
  readonly richMenuLinks?: Readonly<Record<string, string>>;
  /** LIFF apps that exist from the start (each needs a `liffId`). */
  readonly liffApps?: readonly JsonObject[];
  /** Audience groups that exist from the start. */
  readonly audienceGroups?: readonly SeedAudienceGroup[];
  /** The legacy audience authority level; `PUBLIC` by default. */
  readonly audienceAuthorityLevel?: 'PUBLIC' | 'PRIVATE';
  /** The webhook endpoint settings; `{ endpoint: '', active: false }` by default. */
  readonly webhook?: {
    /** The webhook URL. */
    readonly endpoint: string;
    /** Whether webhooks are sent. */
    readonly active: boolean;
  };
  /** The answer of `POST /v2/bot/channel/webhook/test`; a success by default. */
  readonly webhookTestResult?: JsonObject;
  /** The monthly quota; `{ type: 'none' }` by default. When limited, sends beyond it answer 429. */
  readonly quota?: DummyQuota;
  /** Messages already sent this month (`quota/consumption` starts here); 0 by default. */
  readonly totalUsage?: number;
  /** The answer of `GET /v2/bot/insight/demographic`; `{ available: false }` by default. */
  readonly demographic?: JsonObject;
  /**
   * How narrowcast progress moves from `waiting` through `sending` to `succeeded`: when absent, one phase
   * per poll; when set, one phase per this many milliseconds since the narrowcast was accepted.
   */
  readonly narrowcastPhaseMs?: number;
  /** When true, push and multicast to an id that is not a seeded user, follower, group or room answer 400. */
  readonly strictRecipients?: boolean;
  /**
   * Whether ids must be well formed, as LINE checks them; true by default. A user id is `U` followed by 32
   * lowercase hex digits, a group id `C…` and a room id `R…` likewise. When on, the server answers LINE's 400 to:
   *
   * - a push whose `to` is not a user, group or room id, and a multicast whose `to[i]` is not a user id
   *   (`The property, 'to[3]', in the request body is invalid (line: -, column: -)`; `details` lists every
   *   bad property, which LINE leaves out);
   * - rich menu bulk link and unlink with a `userIds[i]` that is not a user id (same body);
   * - audience uploads (JSON or file) with an id that is not a user id, or for an IFA audience not an IFA
   *   (`UPLOAD_AUDIENCE_GROUP_INVALID_AUDIENCE_ID_FORMAT`);
   * - a `userId`, `groupId` or `roomId` path parameter that is not an id of its kind (profiles, group and
   *   room lookups, per-user rich menus, link tokens, membership subscriptions):
   *   `The value for the 'userId' parameter is invalid`.
   *
   * PNP pushes (phone number hashes) are not affected. Seeded ids are not checked, so a seeded user `U1`
   * can only be reached with this set to false; generated member ids (`{ count }`) are well formed with
   * the default prefix.
   */
  readonly validateIds?: boolean;
  /** Aggregation unit names already used this month (push and multicast add theirs). */
  readonly aggregationUnits?: readonly string[];
  /** Membership plans. */
  readonly memberships?: readonly SeedMembership[];
  /** Coupons that exist from the start, as `GET /v2/bot/coupon/{couponId}` answers them (each needs a `couponId`). */
  readonly coupons?: readonly JsonObject[];
  /** The bots a module channel is attached to (`GET /v2/bot/list`); the bot of `botInfo` by default. */
  readonly moduleBots?: readonly JsonObject[];
}

/** A running dummy LINE platform, returned by {@link createDummyLineServer}. */
export interface DummyLineServer extends DummyLineSimulator {
  /** Base URL of the api host (`https://api.line.me`), for example `http://127.0.0.1:53211`. */
  readonly origin: string;
  /** Base URL of the data host (`https://api-data.line.me`), a second port. */
  readonly dataOrigin: string;
  /** The api host port. */
  readonly port: number;
  /** The data host port. */
  readonly dataPort: number;
  /** Base URL of the manager host (`https://manager.line.biz`, module attach only), a third port. */
  readonly managerOrigin: string;
  /** The manager host port. */
  readonly managerPort: number;
  /** A valid channel access token. */
  readonly accessToken: string;
  /** The ID of the default channel (see `channels`). */
  readonly channelId: string;
  /** The secret of the default channel. */
  readonly channelSecret: string;
  /** Every request received so far (up to `maxRecordedRequests`), oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Every accepted send (reply, push, multicast, broadcast, narrowcast), oldest first. */
  readonly deliveries: readonly Delivery[];
  /** Fault injection. */
  readonly faults: FaultController;
  /**
   * The messages delivered to a user, group or room, in order.
   *
   * @param id - a user, group or room id
   * @returns the message objects as sent (empty when none)
   */
  messagesTo(id: string): readonly JsonObject[];
  /**
   * Creates a valid, single-use reply token.
   *
   * @param to - the user, group or room a reply with it goes to; a fixed user id by default
   * @returns the token
   */
  issueReplyToken(to?: string): string;
  /**
   * Makes one more channel access token valid.
   *
   * @param token - the token; random when absent
   * @returns the token
   */
  addAccessToken(token?: string): string;
  /**
   * Makes a channel access token invalid (requests with it answer 401), including tokens issued by the
   * channel access token endpoints.
   *
   * @param token - the token
   * @returns whether it was valid
   */
  revokeAccessToken(token: string): boolean;
  /**
   * Sets (or replaces) the content of a message on the data host.
   *
   * @param messageId - the message id
   * @param content - the bytes, or how to generate them
   */
  setMessageContent(messageId: string, content: SeedContent): void;
  /**
   * Clears every change and record since start: state returns to the seeded options, faults are removed, webhook
   * attempts are forgotten and scheduled redeliveries cancelled. Simulated users, groups and rooms (`user()`,
   * `group()`, `room()`) and the webhook endpoint set by `setWebhookEndpoint` stay: they are seeded again, with
   * empty inboxes.
   */
  reset(): void;
  /**
   * Stops both listeners and destroys every open connection (including hanging ones).
   *
   * @returns a promise that settles when both listeners are closed
   */
  close(): Promise<void>;
}
