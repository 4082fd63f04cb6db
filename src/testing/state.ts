/**
 * The dummy platform's state: everything the seed options describe, and everything requests change.
 * `reset()` rebuilds it from the options.
 */

import { randomBytes } from 'node:crypto';
import { LINE_ERROR_BODIES, DummyErrorAnswer } from './errors';
import { takeBuiltReplyToken } from './simulator/events';
import type {
  Delivery,
  DeliveryKind,
  DummyLineServerOptions,
  DummyProfile,
  DummyQuota,
  JsonObject,
  SeedChannel,
  SeedContent,
  SeedMemberIds,
  SentMessage,
} from './types';

/** A fixed user id that plain-string seeded reply tokens and `issueReplyToken()` reply to. */
export const DEFAULT_REPLY_TARGET = 'U00000000000000000000000000000000';

/** Retry keys are remembered for 24 hours, as LINE documents. */
const RETRY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** The member ids of a group or room; generated ids cost no memory. */
export class MemberList {
  private readonly list: readonly string[] | undefined;
  private readonly count: number;
  private readonly prefix: string;
  private readonly width: number;
  private set: Set<string> | undefined;

  /** @param seed - the seeded ids */
  constructor(seed: SeedMemberIds | undefined) {
    if (seed === undefined || Array.isArray(seed)) {
      this.list = (seed as readonly string[] | undefined) ?? [];
      this.count = this.list.length;
      this.prefix = '';
    } else {
      const gen = seed as { readonly count: number; readonly prefix?: string };
      this.list = undefined;
      this.count = gen.count;
      this.prefix = gen.prefix ?? 'U';
    }
    // Pad to a 33-character id (LINE's length), at least 8 digits.
    this.width = Math.max(8, 33 - this.prefix.length);
  }

  /** Number of members. */
  get size(): number {
    return this.count;
  }

  /**
   * The ids from `start` (inclusive) to `end` (exclusive).
   *
   * @param start - first index
   * @param end - end index
   * @returns the ids
   */
  slice(start: number, end: number): string[] {
    if (this.list) return this.list.slice(start, end);
    const out: string[] = [];
    for (let i = start; i < Math.min(end, this.count); i++) out.push(this.idAt(i));
    return out;
  }

  /**
   * Whether a user is a member.
   *
   * @param id - a user id
   * @returns true for members
   */
  has(id: string): boolean {
    if (this.list) {
      this.set ??= new Set(this.list);
      return this.set.has(id);
    }
    if (!id.startsWith(this.prefix)) return false;
    const rest = id.slice(this.prefix.length);
    if (!/^\d+$/.test(rest)) return false;
    const i = Number(rest);
    return i < this.count && this.idAt(i) === id;
  }

  /**
   * The position of a member.
   *
   * @param id - a user id
   * @returns its index, or -1
   */
  indexOf(id: string): number {
    if (this.list) return this.list.indexOf(id);
    return this.has(id) ? Number(id.slice(this.prefix.length)) : -1;
  }

  private idAt(i: number): string {
    return `${this.prefix}${String(i).padStart(this.width, '0')}`;
  }
}

/** A group or room. */
export interface ChatState {
  /** Summary fields (group only). */
  readonly summary: JsonObject;
  /** The members. */
  readonly members: MemberList;
}

/** A rich menu. */
export interface RichMenuState {
  /** The rich menu object with `richMenuId`. */
  readonly menu: JsonObject;
  /** The uploaded image. */
  image?: { readonly bytes: Buffer; readonly contentType: string };
}

/** An audience group. */
export interface AudienceState {
  /** The fields answered in `audienceGroup`. */
  group: JsonObject;
  /** The uploaded ids. */
  readonly ids: string[];
  /** The upload jobs. */
  readonly jobs: JsonObject[];
}

/** A narrowcast's progress. */
export interface NarrowcastState {
  /** When it was accepted. */
  readonly acceptedTime: number;
  /** How many recipients. */
  readonly targetCount: number;
  /** How many times its progress was polled. */
  polls: number;
}

/** What kind of channel access token an OAuth endpoint issued. */
export type IssuedTokenKind = 'shortLived' | 'stateless' | 'v2.1';

/** A channel access token issued by an OAuth endpoint. */
export interface IssuedTokenState {
  /** Which endpoint issued it. */
  readonly kind: IssuedTokenKind;
  /** The channel it belongs to. */
  readonly channelId: string;
  /** When it expires (epoch milliseconds). */
  readonly expiresAt: number;
  /** Its key id (v2.1 only). */
  readonly keyId?: string;
}

/** A membership plan and its members. */
export interface MembershipState {
  /** The plan, as `GET /v2/bot/membership/list` answers it. */
  readonly plan: JsonObject;
  /** The members, in joining order. */
  readonly members: MemberList;
}

/** Past this many issued tokens, issuing one first drops the expired ones. */
const ISSUED_TOKENS_SWEEP = 10_000;

interface ReplyTokenState {
  readonly to: string;
  readonly issuedAt: number;
}

interface AcceptedRetryKey {
  readonly requestId: string;
  readonly sentMessages: readonly SentMessage[] | undefined;
  readonly time: number;
}

function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

function randomAlnum(length: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += chars[bytes[i] % chars.length];
  return out;
}

/**
 * Today's date as LINE's statistics count it (`yyyyMMdd`, UTC+9).
 *
 * @param now - epoch milliseconds
 * @returns the date
 */
export function lineDate(now: number): string {
  const minute = Math.floor(now / 60_000);
  if (minute !== dateCache.minute) {
    dateCache.minute = minute;
    dateCache.date = new Date(now + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
  }
  return dateCache.date;
}

/** `lineDate` changes at most once a minute boundary; sends call it on every delivery. */
const dateCache = { minute: -1, date: '' };

/** Mutable platform state, rebuilt from the options by the constructor (and so by `reset()`). */
export class DummyState {
  /** The options it was built from. */
  readonly options: DummyLineServerOptions;
  /** Valid channel access tokens that never expire (seeded or added). */
  readonly tokens = new Set<string>();
  /** Channel access tokens issued by the OAuth endpoints, valid until they expire or are revoked. */
  readonly issuedTokens = new Map<string, IssuedTokenState>();
  /** Channel secrets by channel id. */
  readonly channels = new Map<string, string>();
  /** Rich menu ids by alias id. */
  readonly richMenuAliases = new Map<string, string>();
  /** Accepted rich menu batches: epoch milliseconds by request id. */
  readonly richMenuBatches = new Map<string, number>();
  /** Aggregation unit names used this month. */
  readonly aggregationUnits: Set<string>;
  /** Membership plans by id. */
  readonly memberships = new Map<number, MembershipState>();
  /** Coupons by id. */
  readonly coupons = new Map<string, JsonObject>();
  /** Profiles by user id. */
  readonly profiles = new Map<string, DummyProfile>();
  /** Friends of the bot. */
  readonly followers: readonly string[];
  private readonly followerSet: ReadonlySet<string>;
  /** Groups by id. */
  readonly groups = new Map<string, ChatState>();
  /** Rooms by id. */
  readonly rooms = new Map<string, ChatState>();
  /** Valid reply tokens. */
  readonly replyTokens = new Map<string, ReplyTokenState>();
  /** Rich menus by id. */
  readonly richMenus = new Map<string, RichMenuState>();
  /** The default rich menu id. */
  defaultRichMenuId: string | undefined;
  /** Per-user rich menu links. */
  readonly richMenuLinks = new Map<string, string>();
  /** LIFF apps by id. */
  readonly liffApps = new Map<string, JsonObject>();
  /** Audience groups by id. */
  readonly audiences = new Map<number, AudienceState>();
  /** The legacy audience authority level. */
  audienceAuthorityLevel: string;
  /** Webhook settings. */
  webhook: { endpoint: string; active: boolean };
  /** The monthly quota. */
  readonly quota: DummyQuota;
  /** Messages counted against the quota this month. */
  totalUsage: number;
  /** Message content by message id. */
  readonly content = new Map<string, SeedContent>();
  /** Narrowcasts by request id. */
  readonly narrowcasts = new Map<string, NarrowcastState>();
  /** Every accepted send. */
  readonly deliveries: Delivery[] = [];
  private readonly inbox = new Map<string, JsonObject[]>();
  private readonly sentByDate = new Map<string, number>();
  private readonly retryKeys = new Map<string, AcceptedRetryKey>();
  private messageSeq = 0;
  private audienceSeq = 0;
  /** Epoch seconds when this state was built. */
  readonly startedAt = Math.floor(Date.now() / 1000);

  /**
   * @param options - the seed options
   * @param mainToken - the main valid token
   * @param defaultChannel - the default channel (`server.channelId`)
   */
  constructor(options: DummyLineServerOptions, mainToken: string, defaultChannel: SeedChannel) {
    this.options = options;
    this.tokens.add(mainToken);
    this.channels.set(defaultChannel.channelId, defaultChannel.channelSecret);
    for (const c of options.channels ?? []) this.channels.set(c.channelId, c.channelSecret);
    this.aggregationUnits = new Set(options.aggregationUnits);
    for (const m of options.memberships ?? []) {
      const plan: JsonObject = {
        membershipId: m.membershipId,
        title: m.title,
        description: m.description ?? '',
        benefits: [...(m.benefits ?? [])],
        price: m.price ?? 500,
        currency: m.currency ?? 'JPY',
        memberCount: 0,
        memberLimit: m.memberLimit ?? null,
        isInAppPurchase: false,
        isPublished: true,
      };
      const members = new MemberList(m.memberIds);
      this.memberships.set(m.membershipId, { plan: { ...plan, memberCount: members.size }, members });
    }
    for (const c of options.coupons ?? []) if (typeof c.couponId === 'string') this.coupons.set(c.couponId, c);
    for (const token of options.accessTokens ?? []) this.tokens.add(token);
    for (const profile of options.profiles ?? []) this.profiles.set(profile.userId, profile);
    this.followers = [...(options.followers ?? this.profiles.keys())];
    this.followerSet = new Set(this.followers);
    for (const g of options.groups ?? []) {
      const summary: JsonObject = {
        groupId: g.groupId,
        groupName: g.groupName ?? g.groupId,
        ...(g.pictureUrl !== undefined ? { pictureUrl: g.pictureUrl } : {}),
      };
      this.groups.set(g.groupId, { summary, members: new MemberList(g.memberIds) });
    }
    for (const r of options.rooms ?? []) {
      this.rooms.set(r.roomId, { summary: { roomId: r.roomId }, members: new MemberList(r.memberIds) });
    }
    for (const t of options.replyTokens ?? []) {
      const seed = typeof t === 'string' ? { replyToken: t, to: DEFAULT_REPLY_TARGET } : t;
      this.replyTokens.set(seed.replyToken, { to: seed.to, issuedAt: Date.now() });
    }
    for (const [id, content] of Object.entries(options.messageContent ?? {})) this.content.set(id, content);
    for (const seed of options.richMenus ?? []) {
      const richMenuId = seed.richMenuId ?? this.newRichMenuId();
      const state: RichMenuState = { menu: { richMenuId, ...seed.menu } };
      if (seed.image) state.image = { bytes: seed.image, contentType: seed.imageContentType ?? 'image/png' };
      this.richMenus.set(richMenuId, state);
    }
    this.defaultRichMenuId = options.defaultRichMenuId;
    for (const [userId, richMenuId] of Object.entries(options.richMenuLinks ?? {})) {
      this.richMenuLinks.set(userId, richMenuId);
    }
    for (const app of options.liffApps ?? []) {
      if (typeof app.liffId === 'string') this.liffApps.set(app.liffId, app);
    }
    for (const seed of options.audienceGroups ?? []) {
      const audienceGroupId = seed.audienceGroupId ?? this.newAudienceGroupId();
      const ids = [...(seed.audienceIds ?? [])];
      this.audiences.set(audienceGroupId, {
        group: {
          audienceGroupId,
          type: seed.type ?? 'UPLOAD',
          description: seed.description,
          status: seed.status ?? 'READY',
          audienceCount: ids.length,
          created: seed.created ?? this.startedAt,
          permission: seed.permission ?? 'READ_WRITE',
          expireTimestamp: (seed.created ?? this.startedAt) + 180 * 86400,
          isIfaAudience: seed.isIfaAudience ?? false,
          createRoute: seed.createRoute ?? 'MESSAGING_API',
        },
        ids,
        jobs: [],
      });
    }
    this.audienceAuthorityLevel = options.audienceAuthorityLevel ?? 'PUBLIC';
    this.webhook = { ...(options.webhook ?? { endpoint: '', active: false }) };
    this.quota = options.quota ?? { type: 'none' };
    this.totalUsage = options.totalUsage ?? 0;
  }

  /**
   * Whether a bearer token is valid: seeded or added, or issued and neither expired nor revoked.
   *
   * @param token - the token
   * @returns true if valid
   */
  isValidToken(token: string): boolean {
    return this.tokens.has(token) || this.issuedToken(token) !== undefined;
  }

  /**
   * An issued token that is still valid; an expired one is forgotten.
   *
   * @param token - the token
   * @returns its state, or undefined
   */
  issuedToken(token: string): IssuedTokenState | undefined {
    const issued = this.issuedTokens.get(token);
    if (issued && issued.expiresAt <= Date.now()) {
      this.issuedTokens.delete(token);
      return undefined;
    }
    return issued;
  }

  /**
   * Issues a channel access token.
   *
   * @param kind - which endpoint issues it
   * @param channelId - its channel
   * @param lifeSeconds - its life
   * @param keyId - its key id (v2.1)
   * @returns the token
   */
  issueToken(kind: IssuedTokenKind, channelId: string, lifeSeconds: number, keyId?: string): string {
    const now = Date.now();
    if (this.issuedTokens.size >= ISSUED_TOKENS_SWEEP) {
      for (const [token, issued] of this.issuedTokens) if (issued.expiresAt <= now) this.issuedTokens.delete(token);
    }
    const token = randomBytes(24).toString('base64url');
    this.issuedTokens.set(token, { kind, channelId, expiresAt: now + lifeSeconds * 1000, ...(keyId ? { keyId } : {}) });
    return token;
  }

  /** @returns a new key id of a channel access token v2.1 (22 characters) */
  newKeyId(): string {
    return randomBytes(16).toString('base64url').slice(0, 22);
  }

  /** @returns a new coupon id */
  newCouponId(): string {
    return `COUPON_${randomAlnum(20)}`;
  }

  /** @returns a new rich menu id (`richmenu-` and 32 hex digits) */
  newRichMenuId(): string {
    return `richmenu-${randomHex(16)}`;
  }

  /** @returns a new audience group id (13 digits, increasing) */
  newAudienceGroupId(): number {
    this.audienceSeq += 1;
    let id = 1_000_000_000_000 + this.audienceSeq;
    while (this.audiences.has(id)) id += 1;
    return id;
  }

  /** @returns a new LIFF id (`<channel id>-<8 characters>`) */
  newLiffId(): string {
    return `1234567890-${randomAlnum(8)}`;
  }

  /** @returns a new link token */
  newLinkToken(): string {
    return randomAlnum(32);
  }

  /**
   * Creates a valid reply token.
   *
   * @param to - who a reply with it goes to
   * @returns the token
   */
  issueReplyToken(to: string): string {
    const token = randomHex(16);
    this.replyTokens.set(token, { to, issuedAt: Date.now() });
    return token;
  }

  /**
   * Uses up a reply token.
   *
   * @param token - the token
   * @returns who the reply goes to
   */
  consumeReplyToken(token: string): string {
    // A token an event builder made (messageEvent(…), say) is valid once too, sent through sendWebhook or not.
    const state = this.replyTokens.get(token) ?? takeBuiltReplyToken(token);
    const ttl = this.options.replyTokenTtlMs;
    if (!state || (ttl !== undefined && Date.now() - state.issuedAt > ttl)) {
      this.replyTokens.delete(token);
      throw new DummyErrorAnswer(400, LINE_ERROR_BODIES.invalidReplyToken);
    }
    this.replyTokens.delete(token);
    return state.to;
  }

  /**
   * A retry key that was accepted in the last 24 hours.
   *
   * @param key - the key
   * @returns its first request, if any
   */
  acceptedRetryKey(key: string): AcceptedRetryKey | undefined {
    const accepted = this.retryKeys.get(key.toLowerCase());
    if (accepted && Date.now() - accepted.time > RETRY_KEY_TTL_MS) {
      this.retryKeys.delete(key.toLowerCase());
      return undefined;
    }
    return accepted;
  }

  /**
   * Remembers an accepted retry key.
   *
   * @param key - the key
   * @param requestId - the accepting request id
   * @param sentMessages - what the accepting push answered
   */
  acceptRetryKey(key: string, requestId: string, sentMessages: readonly SentMessage[] | undefined): void {
    this.retryKeys.set(key.toLowerCase(), { requestId, sentMessages, time: Date.now() });
  }

  /**
   * Makes a user a follower (broadcast and narrowcast reach them), as a follow event does.
   *
   * @param id - the user id
   */
  addFollower(id: string): void {
    if (this.followerSet.has(id)) return;
    (this.followers as string[]).push(id);
    (this.followerSet as Set<string>).add(id);
  }

  /**
   * Makes a user no longer a follower, as an unfollow (block) does.
   *
   * @param id - the user id
   */
  removeFollower(id: string): void {
    if (!this.followerSet.has(id)) return;
    const list = this.followers as string[];
    list.splice(list.indexOf(id), 1);
    (this.followerSet as Set<string>).delete(id);
  }

  /**
   * Whether an id is known as a user, follower, group or room.
   *
   * @param id - the id
   * @returns true if known
   */
  isKnownRecipient(id: string): boolean {
    return this.profiles.has(id) || this.groups.has(id) || this.rooms.has(id) || this.followerSet.has(id);
  }

  /**
   * How many messages a send to these recipients counts: a group or room counts its members.
   *
   * @param recipients - user, group or room ids
   * @returns the count
   */
  countRecipients(recipients: readonly string[]): number {
    let n = 0;
    for (const id of recipients) {
      const chat = this.groups.get(id) ?? this.rooms.get(id);
      n += chat ? Math.max(1, chat.members.size) : 1;
    }
    return n;
  }

  /**
   * Throws LINE's monthly-limit 429 when a send would exceed a limited quota.
   *
   * @param count - messages the send counts
   */
  assertQuota(count: number): void {
    if (this.quota.type === 'limited' && this.totalUsage + count > this.quota.value) {
      throw new DummyErrorAnswer(429, LINE_ERROR_BODIES.monthlyLimit);
    }
  }

  /**
   * Records an accepted send: counts it, and (unless disabled) logs it and fills the recipients' inboxes.
   *
   * @param kind - which endpoint
   * @param requestId - the request id
   * @param retryKey - the retry key, if any
   * @param recipients - who receives the messages
   * @param messages - the message objects
   * @param withIds - whether to create message ids (reply and push answer them)
   * @param deliveryTag - the `X-Line-Delivery-Tag` of a LINE notification message
   * @returns the `sentMessages` (empty unless `withIds`)
   */
  deliver(
    kind: DeliveryKind,
    requestId: string,
    retryKey: string | undefined,
    recipients: readonly string[],
    messages: readonly JsonObject[],
    withIds: boolean,
    deliveryTag?: string,
  ): SentMessage[] {
    const now = Date.now();
    const count = this.countRecipients(recipients);
    if (kind !== 'reply' && kind !== 'pnp') this.totalUsage += count;
    const dateKey = `${kind}:${lineDate(now)}`;
    this.sentByDate.set(dateKey, (this.sentByDate.get(dateKey) ?? 0) + count);
    const sentMessages: SentMessage[] = [];
    if (withIds) {
      for (const message of messages) {
        this.messageSeq += 1;
        const id = `5${String(this.messageSeq).padStart(17, '0')}`;
        const quotable = message.type === 'text' || message.type === 'sticker' || message.type === 'textV2';
        sentMessages.push(quotable ? { id, quoteToken: Buffer.from(`q${id}`).toString('base64url') } : { id });
      }
    }
    if (this.options.recordDeliveries !== false) {
      for (const id of recipients) {
        const box = this.inbox.get(id);
        if (box) box.push(...messages);
        else this.inbox.set(id, [...messages]);
      }
      this.deliveries.push({
        kind,
        requestId,
        retryKey,
        recipients,
        messages,
        sentMessages: withIds ? sentMessages : undefined,
        time: now,
        ...(deliveryTag !== undefined ? { deliveryTag } : {}),
      });
    }
    return sentMessages;
  }

  /**
   * The messages delivered to an id.
   *
   * @param id - a user, group or room id
   * @returns the messages, in order
   */
  messagesTo(id: string): readonly JsonObject[] {
    return this.inbox.get(id) ?? [];
  }

  /**
   * How many messages (counted per recipient) a kind of send delivered on a date.
   *
   * @param kind - which endpoint
   * @param date - `yyyyMMdd`, UTC+9
   * @returns the count
   */
  sentOn(kind: DeliveryKind, date: string): number {
    return this.sentByDate.get(`${kind}:${date}`) ?? 0;
  }
}
