/**
 * Header values with a line break (CR or LF) inside are rejected before anything is sent, with a LineValidationError
 * naming the argument and never showing the value; a trailing newline (a token read from a file) is still trimmed.
 */
import { LineValidationError } from '../../src';

import { clientOn, loopback, SENDERS } from './loopback';

const HASH = 'a'.repeat(64);
const text = [{ type: 'text' as const, text: 'hi' }];

describe.each(SENDERS)('header values on the %s sender', (sender) => {
  it('a deliveryTag with CR LF is rejected, naming deliveryTag', async () => {
    const server = await loopback();
    try {
      const client = clientOn(sender, server.origin);
      const error = await client.pushMessagesByPhone(HASH, text, { deliveryTag: 'tag-0123456789abcdef\r\nX-Evil: 1' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LineValidationError);
      expect((error as LineValidationError).argument).toBe('deliveryTag');
      expect(String(error)).not.toContain('X-Evil');
      expect(server.seen).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('a token with a line break inside is rejected, naming accessToken, without showing it', async () => {
    const server = await loopback();
    try {
      const client = clientOn(sender, server.origin, { accessToken: 'tok-secret\nX-Injected: yes' });
      const error = await client.getBotInfo().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LineValidationError);
      expect((error as LineValidationError).argument).toBe('accessToken');
      expect(String(error)).not.toContain('tok-secret');
      expect(server.seen).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('a token with a trailing CR LF is sent trimmed', async () => {
    const server = await loopback();
    try {
      const client = clientOn(sender, server.origin, { accessToken: 'tok-file\r\n' });
      await client.getBotInfo();
      expect(server.seen[0].headers.authorization).toBe('Bearer tok-file');
    } finally {
      await server.close();
    }
  });
});
