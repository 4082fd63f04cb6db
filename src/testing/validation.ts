/**
 * Shared request validation: message objects and the bodies of the send endpoints. Validators collect
 * LINE-style `details` and throw one {@link DummyErrorAnswer} per request, as LINE answers one 400 listing
 * every problem. A property of the wrong JSON type is reported the way LINE reports JSON binding errors.
 */

import { DummyErrorAnswer, invalidPropertyError, isObject, validationError } from './errors';
import type { JsonObject, JsonValue, LineErrorDetail } from './types';

/** The message types LINE accepts, in the order its error message lists them. */
export const MESSAGE_TYPES = [
  'text',
  'textV2',
  'image',
  'video',
  'audio',
  'location',
  'sticker',
  'template',
  'imagemap',
  'flex',
  'coupon',
] as const;

/** Maximum UTF-16 code units in a text message (LINE counts `text.length`). */
export const MAX_TEXT_LENGTH = 5000;
/** Messages per send request. */
export const MAX_MESSAGES = 5;
/** Recipients per multicast. */
export const MAX_MULTICAST_RECIPIENTS = 500;

type Out = LineErrorDetail[];

/** A user id as LINE issues them: `U` followed by 32 lowercase hex digits. */
export const USER_ID = /^U[0-9a-f]{32}$/;
/** A group id: `C` followed by 32 lowercase hex digits. */
export const GROUP_ID = /^C[0-9a-f]{32}$/;
/** A room (multi-person chat) id: `R` followed by 32 lowercase hex digits. */
export const ROOM_ID = /^R[0-9a-f]{32}$/;
/** A push recipient: a user, group or room id. */
export const RECIPIENT_ID = /^[UCR][0-9a-f]{32}$/;

const USER_ID_MESSAGE = 'Must be a user ID (U followed by 32 lowercase hex digits)';
const RECIPIENT_ID_MESSAGE = 'Must be a user, group or room ID (U, C or R followed by 32 lowercase hex digits)';

/** Path parameters LINE checks the format of, and the pattern each must match. */
const PATH_ID_PATTERNS: Readonly<Record<string, RegExp>> = { userId: USER_ID, groupId: GROUP_ID, roomId: ROOM_ID };

/**
 * LINE's 400 for malformed ids in a request body: the message names the first bad property, as LINE's
 * does; `details` (which LINE leaves out) lists every bad one.
 *
 * @param properties - the bad properties, at least one
 * @param message - what each must be
 * @returns the error to throw
 */
export function invalidIdsError(properties: readonly string[], message: string): DummyErrorAnswer {
  return new DummyErrorAnswer(400, {
    message: `The property, '${properties[0]}', in the request body is invalid (line: -, column: -)`,
    details: properties.map((property) => ({ message, property })),
  });
}

/**
 * Throws LINE's 400 for the first list entries that are not user ids (`userIds[3]`, say).
 *
 * @param ids - the ids, already checked to be strings
 * @param prop - the property name of the list
 */
export function checkUserIds(ids: readonly string[], prop: string): void {
  const bad: string[] = [];
  ids.forEach((id, i) => {
    if (!USER_ID.test(id)) bad.push(`${prop}[${i}]`);
  });
  if (bad.length > 0) throw invalidIdsError(bad, USER_ID_MESSAGE);
}

/**
 * Throws LINE's 400 (`The value for the 'userId' parameter is invalid`) when a `userId`, `groupId` or
 * `roomId` path parameter is not an id of its kind.
 *
 * @param params - the path parameters of the request
 */
export function checkPathIds(params: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(params)) {
    const pattern = PATH_ID_PATTERNS[name];
    if (pattern !== undefined && !pattern.test(value)) {
      throw new DummyErrorAnswer(400, { message: `The value for the '${name}' parameter is invalid` });
    }
  }
}

const UNKNOWN_TYPE_MESSAGE = `Must be one of the following values: [${MESSAGE_TYPES.join(', ')}]`;
const AGGREGATION_UNIT = /^[a-zA-Z0-9_]{1,30}$/;

/**
 * Checks a required (or optional) string property.
 *
 * @returns the string, or undefined when missing or invalid
 */
function str(obj: JsonObject, key: string, prop: string, out: Out, max?: number, optional = false): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null || value === '') {
    if (!optional) out.push({ message: 'May not be empty', property: prop });
    return undefined;
  }
  if (typeof value !== 'string') throw invalidPropertyError(prop);
  if (max !== undefined && value.length > max) {
    out.push({ message: `Length must be between 0 and ${max}`, property: prop });
  }
  return value;
}

function httpsUrl(obj: JsonObject, key: string, prop: string, out: Out, optional = false): string | undefined {
  const url = str(obj, key, prop, out, 2000, optional);
  if (url !== undefined && !url.startsWith('https://')) {
    out.push({ message: 'Must be a valid HTTPS URL', property: prop });
  }
  return url;
}

function num(obj: JsonObject, key: string, prop: string, out: Out): void {
  const value = obj[key];
  if (value === undefined || value === null) out.push({ message: 'May not be null', property: prop });
  else if (typeof value !== 'number') throw invalidPropertyError(prop);
}

function arr(
  obj: JsonObject,
  key: string,
  prop: string,
  out: Out,
  min: number,
  max: number,
  optional = false,
): readonly JsonValue[] | undefined {
  const value = obj[key];
  if (value === undefined || value === null) {
    if (!optional) out.push({ message: 'May not be empty', property: prop });
    return undefined;
  }
  if (!Array.isArray(value)) throw invalidPropertyError(prop);
  const list = value as readonly JsonValue[];
  if (list.length < min || list.length > max) {
    out.push({ message: `Size must be between ${min} and ${max}`, property: prop });
  }
  return list;
}

function obj(parent: JsonObject, key: string, prop: string, out: Out, optional = false): JsonObject | undefined {
  const value = parent[key];
  if (value === undefined || value === null) {
    if (!optional) out.push({ message: 'May not be null', property: prop });
    return undefined;
  }
  if (!isObject(value)) throw invalidPropertyError(prop);
  return value;
}

function actions(list: readonly JsonValue[] | undefined, prop: string, out: Out): void {
  list?.forEach((action, i) => {
    if (!isObject(action)) throw invalidPropertyError(`${prop}[${i}]`);
    str(action, 'type', `${prop}[${i}].type`, out);
  });
}

/** Per-type checks of a message object; add an entry to support a new type. */
const MESSAGE_RULES: Readonly<Record<string, (m: JsonObject, p: string, out: Out) => void>> = {
  text(m, p, out) {
    str(m, 'text', `${p}.text`, out, MAX_TEXT_LENGTH);
    arr(m, 'emojis', `${p}.emojis`, out, 0, 20, true);
  },
  textV2(m, p, out) {
    str(m, 'text', `${p}.text`, out, MAX_TEXT_LENGTH);
    obj(m, 'substitution', `${p}.substitution`, out, true);
  },
  image(m, p, out) {
    httpsUrl(m, 'originalContentUrl', `${p}.originalContentUrl`, out);
    httpsUrl(m, 'previewImageUrl', `${p}.previewImageUrl`, out);
  },
  video(m, p, out) {
    httpsUrl(m, 'originalContentUrl', `${p}.originalContentUrl`, out);
    httpsUrl(m, 'previewImageUrl', `${p}.previewImageUrl`, out);
  },
  audio(m, p, out) {
    httpsUrl(m, 'originalContentUrl', `${p}.originalContentUrl`, out);
    num(m, 'duration', `${p}.duration`, out);
  },
  location(m, p, out) {
    str(m, 'title', `${p}.title`, out, 100);
    str(m, 'address', `${p}.address`, out, 100);
    num(m, 'latitude', `${p}.latitude`, out);
    num(m, 'longitude', `${p}.longitude`, out);
  },
  sticker(m, p, out) {
    str(m, 'packageId', `${p}.packageId`, out);
    str(m, 'stickerId', `${p}.stickerId`, out);
  },
  imagemap(m, p, out) {
    httpsUrl(m, 'baseUrl', `${p}.baseUrl`, out);
    str(m, 'altText', `${p}.altText`, out, 1500);
    const size = obj(m, 'baseSize', `${p}.baseSize`, out);
    if (size) {
      num(size, 'width', `${p}.baseSize.width`, out);
      num(size, 'height', `${p}.baseSize.height`, out);
    }
    actions(arr(m, 'actions', `${p}.actions`, out, 0, 50), `${p}.actions`, out);
  },
  template(m, p, out) {
    str(m, 'altText', `${p}.altText`, out, 400);
    const template = obj(m, 'template', `${p}.template`, out);
    if (template) checkTemplate(template, `${p}.template`, out);
  },
  flex(m, p, out) {
    str(m, 'altText', `${p}.altText`, out, 1500);
    const contents = obj(m, 'contents', `${p}.contents`, out);
    if (!contents) return;
    const type = str(contents, 'type', `${p}.contents.type`, out);
    if (type === 'carousel') arr(contents, 'contents', `${p}.contents.contents`, out, 1, 12);
    else if (type !== undefined && type !== 'bubble') {
      out.push({ message: 'Must be one of the following values: [bubble, carousel]', property: `${p}.contents.type` });
    }
  },
  coupon(m, p, out) {
    str(m, 'couponId', `${p}.couponId`, out);
  },
};

function checkTemplate(t: JsonObject, p: string, out: Out): void {
  const type = str(t, 'type', `${p}.type`, out);
  switch (type) {
    case undefined:
      return;
    case 'buttons':
      str(t, 'text', `${p}.text`, out, 160);
      actions(arr(t, 'actions', `${p}.actions`, out, 1, 4), `${p}.actions`, out);
      return;
    case 'confirm':
      str(t, 'text', `${p}.text`, out, 240);
      actions(arr(t, 'actions', `${p}.actions`, out, 2, 2), `${p}.actions`, out);
      return;
    case 'carousel':
    case 'image_carousel': {
      const columns = arr(t, 'columns', `${p}.columns`, out, 1, 10);
      columns?.forEach((column, i) => {
        if (!isObject(column)) throw invalidPropertyError(`${p}.columns[${i}]`);
        if (type === 'carousel') {
          str(column, 'text', `${p}.columns[${i}].text`, out, 120);
          actions(arr(column, 'actions', `${p}.columns[${i}].actions`, out, 1, 3), `${p}.columns[${i}].actions`, out);
        } else {
          httpsUrl(column, 'imageUrl', `${p}.columns[${i}].imageUrl`, out);
          obj(column, 'action', `${p}.columns[${i}].action`, out);
        }
      });
      return;
    }
    default:
      out.push({
        message: 'Must be one of the following values: [buttons, confirm, carousel, image_carousel]',
        property: `${p}.type`,
      });
  }
}

function checkCommon(m: JsonObject, p: string, out: Out): void {
  const quickReply = obj(m, 'quickReply', `${p}.quickReply`, out, true);
  if (quickReply) arr(quickReply, 'items', `${p}.quickReply.items`, out, 1, 13);
  const sender = obj(m, 'sender', `${p}.sender`, out, true);
  if (sender) {
    str(sender, 'name', `${p}.sender.name`, out, 20, true);
    httpsUrl(sender, 'iconUrl', `${p}.sender.iconUrl`, out, true);
  }
}

/**
 * Validates the `messages` array of a send request.
 *
 * @param body - the request body
 * @param out - where problems are collected
 * @returns the message objects (possibly invalid, when `out` is not empty)
 */
export function checkMessages(body: JsonObject, out: Out): readonly JsonObject[] {
  const list = arr(body, 'messages', 'messages', out, 1, MAX_MESSAGES);
  if (!list) return [];
  const messages: JsonObject[] = [];
  list.forEach((message, i) => {
    const p = `messages[${i}]`;
    if (!isObject(message)) throw invalidPropertyError(p);
    messages.push(message);
    const type = str(message, 'type', `${p}.type`, out);
    if (type === undefined) return;
    const rule = MESSAGE_RULES[type];
    if (!rule) {
      out.push({ message: UNKNOWN_TYPE_MESSAGE, property: `${p}.type` });
      return;
    }
    rule(message, p, out);
    checkCommon(message, p, out);
  });
  return messages;
}

function checkSendOptions(body: JsonObject, out: Out): void {
  const disabled = body.notificationDisabled;
  if (disabled !== undefined && disabled !== null && typeof disabled !== 'boolean') {
    throw invalidPropertyError('notificationDisabled');
  }
  const units = arr(body, 'customAggregationUnits', 'customAggregationUnits', out, 0, 1, true);
  units?.forEach((unit, i) => {
    if (typeof unit !== 'string' || !AGGREGATION_UNIT.test(unit)) {
      out.push({ message: `Must match ${AGGREGATION_UNIT.source}`, property: `customAggregationUnits[${i}]` });
    }
  });
}

function finish(out: Out): void {
  if (out.length > 0) throw validationError(out);
}

/**
 * Requires the body to be a JSON object.
 *
 * @param body - the parsed body
 * @returns the object
 */
export function requireObjectBody(body: unknown): JsonObject {
  if (!isObject(body)) {
    throw new DummyErrorAnswer(400, { message: 'The request body could not be parsed as JSON (line: 1, column: 1)' });
  }
  return body;
}

/**
 * Validates a reply body.
 *
 * @param body - the parsed body
 * @returns the reply token and messages
 */
export function validateReply(body: unknown): { replyToken: string; messages: readonly JsonObject[] } {
  const b = requireObjectBody(body);
  const out: Out = [];
  const replyToken = str(b, 'replyToken', 'replyToken', out);
  const messages = checkMessages(b, out);
  checkSendOptions(b, out);
  finish(out);
  return { replyToken: replyToken ?? '', messages };
}

/**
 * Validates a push body.
 *
 * @param body - the parsed body
 * @param validateIds - whether `to` must be a user, group or room id (off for PNP's phone hashes)
 * @returns the recipient and messages
 */
export function validatePush(body: unknown, validateIds = true): { to: string; messages: readonly JsonObject[] } {
  const b = requireObjectBody(body);
  const out: Out = [];
  const to = str(b, 'to', 'to', out);
  if (validateIds && to !== undefined && !RECIPIENT_ID.test(to)) throw invalidIdsError(['to'], RECIPIENT_ID_MESSAGE);
  const messages = checkMessages(b, out);
  checkSendOptions(b, out);
  finish(out);
  return { to: to ?? '', messages };
}

/**
 * Validates a multicast body.
 *
 * @param body - the parsed body
 * @param validateIds - whether every `to[i]` must be a user id (multicast takes no group or room ids)
 * @returns the recipients and messages
 */
export function validateMulticast(
  body: unknown,
  validateIds = true,
): { to: readonly string[]; messages: readonly JsonObject[] } {
  const b = requireObjectBody(body);
  const out: Out = [];
  const to = arr(b, 'to', 'to', out, 1, MAX_MULTICAST_RECIPIENTS) ?? [];
  to.forEach((id, i) => {
    if (typeof id !== 'string') throw invalidPropertyError(`to[${i}]`);
  });
  if (validateIds) checkUserIds(to as readonly string[], 'to');
  const messages = checkMessages(b, out);
  checkSendOptions(b, out);
  finish(out);
  return { to: to as readonly string[], messages };
}

/**
 * Validates a broadcast or narrowcast body (messages and common options; narrowcast's recipient, filter
 * and limit are read by the handler).
 *
 * @param body - the parsed body
 * @returns the body object and messages
 */
export function validateBroadcast(body: unknown): { body: JsonObject; messages: readonly JsonObject[] } {
  const b = requireObjectBody(body);
  const out: Out = [];
  const messages = checkMessages(b, out);
  checkSendOptions(b, out);
  if (b.recipient !== undefined && b.recipient !== null && !isObject(b.recipient)) throw invalidPropertyError('recipient');
  const limit = obj(b, 'limit', 'limit', out, true);
  if (limit && limit.max !== undefined && (typeof limit.max !== 'number' || limit.max < 1)) {
    out.push({ message: 'Must be greater than or equal to 1', property: 'limit.max' });
  }
  finish(out);
  return { body: b, messages };
}

/**
 * Validates a `yyyyMMdd` date query parameter.
 *
 * @param value - the query value
 * @returns the date
 */
export function requireDate(value: string | undefined): string {
  if (value === undefined || value === '') throw validationError([{ message: 'May not be empty', property: 'date' }]);
  if (!/^\d{8}$/.test(value)) throw validationError([{ message: 'Must match ^[0-9]{8}$', property: 'date' }]);
  return value;
}

/**
 * Shared property checks for handlers outside messaging. Each takes the object, the key, the property
 * path used in `details`, and the list that collects problems.
 */
export const check = {
  /** A string, `May not be empty` when missing; optional `max` length. */
  string: str,
  /** An `https://` URL of at most 2,000 characters. */
  httpsUrl,
  /** A number, `May not be null` when missing. */
  number: num,
  /** An array with `min`–`max` items. */
  array: arr,
  /** A JSON object. */
  object: obj,
} as const;

/**
 * Throws LINE's 400 when problems were collected.
 *
 * @param out - the collected problems
 */
export function throwIfInvalid(out: readonly LineErrorDetail[]): void {
  if (out.length > 0) throw validationError(out);
}
