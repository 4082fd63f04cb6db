/**
 * A dummy LINE platform for tests: `import { createDummyLineServer } from 'messaging-api-line/testing'`.
 *
 * It is a real `node:http` server (api, data and manager hosts on three loopback ports) that keeps state like
 * LINE, rejects what LINE rejects with LINE's status and error body, honours `X-Line-Retry-Key`, and
 * injects faults on demand. It also calls the bot as LINE does: simulated users and chats send signed webhooks (with
 * LINE's redelivery when it is on), and tests await what they received, in order; the same is available over HTTP
 * under `/_dummy/` (see docs/testing.md). It does not load the client, and the main entry point does not load it.
 *
 * @packageDocumentation
 */

export { createDummyLineServer } from './server';
export {
  accountLinkEvent,
  activatedEvent,
  beaconEvent,
  botResumedEvent,
  botSuspendedEvent,
  completeWebhookEvent,
  deactivatedEvent,
  followEvent,
  joinEvent,
  leaveEvent,
  memberJoinedEvent,
  memberLeftEvent,
  membershipEvent,
  messageEditedEvent,
  messageEvent,
  moduleEvent,
  newReplyToken,
  newWebhookEventId,
  pnpDeliveryCompletionEvent,
  postbackEvent,
  signWebhook,
  thingsEvent,
  unfollowEvent,
  unsendEvent,
  videoPlayCompleteEvent,
  webhookBody,
} from './simulator/events';
export type { EventFields, EventFrom, LooseWebhookEvent, MessageInit, PartialWebhookEvent } from './simulator/events';
export type {
  DummyLineSimulator,
  MessageExpectation,
  ReceiveOptions,
  SendWebhookOptions,
  SimulatedChat,
  SimulatedChatInit,
  SimulatedInbox,
  SimulatedSender,
  SimulatedUser,
  SimulatedUserInit,
  SimulatorOptions,
  WebhookAttempt,
  WebhookRedelivery,
  WebhookResult,
} from './simulator/types';
export { LINE_ERROR_BODIES } from './errors';
export type { LineErrorBodies } from './errors';
export type {
  Delivery,
  DeliveryKind,
  DummyHost,
  DummyLineServer,
  DummyLineServerOptions,
  DummyProfile,
  DummyQuota,
  FaultController,
  FaultHandle,
  FaultRequestInfo,
  FaultRoute,
  FaultRule,
  JsonObject,
  JsonValue,
  LineErrorBody,
  LineErrorDetail,
  RecordedRequest,
  SeedAudienceGroup,
  SeedChannel,
  SeedContent,
  SeedGroup,
  SeedMemberIds,
  SeedMembership,
  SeedReplyToken,
  SeedRichMenu,
  SeedRoom,
  SentMessage,
} from './types';
