/**
 * The web twin of signature.ts, swapped in by the web build: its synchronous HMAC needs node:crypto. The web build
 * checks signatures inside `webhookHandler` (Web Crypto, asynchronous).
 *
 * @internal
 */
import { LineError } from '../errors';

export const LINE_SIGNATURE_HTTP_HEADER_NAME = 'x-line-signature';

/** Not available in the web build: says so and points to webhookHandler. */
export function validateSignature(_rawBody: unknown, _channelSecret: unknown, _signature: unknown): boolean {
  throw new LineError(
    'validateSignature is synchronous and needs node:crypto: it is not available in the web build of messaging-api-line. ' +
      'Serve webhooks with webhookHandler({ channelSecret, onEvents }), which checks the signature with Web Crypto.',
  );
}
