import nock from 'nock';

// No test may reach the real network: only loopback servers started by the tests themselves.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);

afterEach(() => {
  // A test that leaves a nock interceptor unused fails: it promised a request that never happened.
  const pending = nock.pendingMocks();
  nock.cleanAll();
  if (pending.length > 0) {
    throw new Error(`Unused nock interceptors:\n  ${pending.join('\n  ')}`);
  }
});

afterAll(() => {
  // Jest loads a fresh nock per test file in the same worker; unpatch node's http so the next file's nock is the
  // only one intercepting (otherwise this file's nock, with no interceptors left, would refuse the next file's calls).
  nock.restore();
});
