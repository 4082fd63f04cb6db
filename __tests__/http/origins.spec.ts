/**
 * Origins are checked when the client is built: `origin`, `dataOrigin` and `managerOrigin` must be http(s) URLs with
 * no credentials (they would replace the bearer token with Basic auth), no query (it would swallow the API path) and
 * no fragment; the error names the option and never shows credentials.
 */
import { LineClient, LineValidationError } from '../../src';

const OPTIONS = ['origin', 'dataOrigin', 'managerOrigin'] as const;
const BAD: [string, string][] = [
  ['credentials', 'http://user:pw-Secret@127.0.0.1:9'],
  ['a user name', 'https://user-Secret@api.line.me'],
  ['a query', 'http://127.0.0.1:9?q=1'],
  ['an empty query', 'http://127.0.0.1:9/?'],
  ['a fragment', 'https://api.line.me#x'],
  ['another scheme', 'ftp://api.line.me'],
  ['no scheme', 'api.line.me'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['an empty string', ''],
];

describe.each(OPTIONS)('config.%s', (option) => {
  it.each(BAD)('with %s is rejected, naming the option', (_what, value) => {
    let error: unknown;
    try {
      new LineClient({ accessToken: 'tok', [option]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LineValidationError);
    expect((error as LineValidationError).argument).toBe(`config.${option}`);
    expect(String(error)).not.toContain('Secret');
    expect(JSON.stringify(error)).not.toContain('Secret');
  });

  it.each(['https://api.line.me', 'http://127.0.0.1:8080', 'http://[::1]:8080/', 'https://proxy.example/line'])('accepts %s', (value) => {
    expect(() => new LineClient({ accessToken: 'tok', [option]: value })).not.toThrow();
  });
});

it('the static token methods check their origin too', async () => {
  await expect(LineClient.issueChannelAccessToken({ channelId: '1', channelSecret: 's' }, { origin: 'http://u:p@127.0.0.1:9' })).rejects.toBeInstanceOf(LineValidationError);
});
