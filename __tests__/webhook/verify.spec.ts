/**
 * The signature check of webhookHandler in both builds: node:crypto (verify.ts, synchronous) and Web Crypto (the web
 * twin verify.web.ts, asynchronous) accept and reject the same signatures.
 */
import { createSignatureVerifier as nodeVerifier } from '../../src/webhook/verify';
import { createSignatureVerifier as webVerifier } from '../../src/webhook/verify.web';
import { ESCAPED_EMOJI_BODY, OLD_SECRET, SECRET, sign } from './helpers';

const body = new TextEncoder().encode(ESCAPED_EMOJI_BODY);

describe.each([
  ['node:crypto (verify.ts)', nodeVerifier],
  ['Web Crypto (verify.web.ts)', webVerifier],
])('webhookHandler signature check with %s', (_, create) => {
  const verify = create('webhookHandler()');

  it('accepts the signature of any configured secret (rotation)', async () => {
    expect(await verify([SECRET], sign(body, SECRET), body)).toBe(true);
    expect(await verify([OLD_SECRET, SECRET], sign(body, SECRET), body)).toBe(true);
    expect(await verify([OLD_SECRET, SECRET], sign(body, OLD_SECRET), body)).toBe(true);
  });

  it.each([
    ['wrong secret', sign(body, 'not-the-secret')],
    ['different-body', sign(`${ESCAPED_EMOJI_BODY} `, SECRET)],
    ['malformed', 'abc'],
    ['non-base64 of the right length', `${'!'.repeat(43)}=`],
    ['non-ASCII of the right length', `${'é'.repeat(43)}=`],
  ])('rejects a %s signature', async (__, signature) => {
    expect(await verify([OLD_SECRET, SECRET], signature, body)).toBe(false);
  });
});

it('the Node.js check answers synchronously', () => {
  expect(nodeVerifier('webhookHandler()')([SECRET], sign(body, SECRET), body)).toBe(true);
});
