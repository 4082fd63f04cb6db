/**
 * The client context every domain function takes first. Domain functions read the client's state through
 * {@link stateOf} (any object constructed as a LineClient) and send through the core methods below, which they call on
 * the client object itself so that `jest.spyOn(client, 'reply')` sees every send (as in 1.1.0).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';

/** The send methods domain functions call on the client (the generated base class implements them). */
export interface ApiClient {
  replyRawBody(body: LineTypes.ReplyRequestBody, options?: LineTypes.RequestOptions): Promise<LineTypes.ReplyMessageResponse>;
  reply(replyToken: string, messages: LineTypes.Message[], options?: LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  pushRawBody(body: LineTypes.PushRequestBody, options?: Pick<LineTypes.PushOptions, 'retryKey' | 'timeout' | 'signal'>): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  push(to: string, messages: LineTypes.Message[], options?: LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  multicastRawBody(body: LineTypes.MulticastRequestBody, options?: Pick<LineTypes.PushOptions, 'retryKey' | 'timeout' | 'signal'>): Promise<LineTypes.MulticastResult>;
  multicast(to: string[], messages: LineTypes.Message[], options?: LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  broadcastRawBody(body: LineTypes.BroadcastRequestBody, options?: Pick<LineTypes.BroadcastOptions, 'retryKey' | 'timeout' | 'signal'>): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  broadcast(messages: LineTypes.Message[], options?: LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  narrowcastRawBody(
    body: LineTypes.NarrowcastRequestBody,
    options?: Pick<LineTypes.NarrowcastSendOptions, 'retryKey' | 'timeout' | 'signal'>,
  ): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata>;
  narrowcast(messages: LineTypes.Message[], options?: LineTypes.NarrowcastOptions & LineTypes.NarrowcastSendOptions): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata>;
}
