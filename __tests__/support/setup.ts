import nock from 'nock';

import { contractViolations } from './openapi';

// No test may reach the real network: only loopback servers started by the tests themselves.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);

afterEach(() => {
  // A test that leaves a nock interceptor unused fails: it promised a request that never happened.
  const pending = nock.pendingMocks();
  nock.cleanAll();
  // A request intercept() captured that is not valid against LINE's OpenAPI specs fails the test too (see openapi.ts).
  const violations = contractViolations.splice(0);
  const messages: string[] = [];
  if (pending.length > 0) messages.push(`Unused nock interceptors:\n  ${pending.join('\n  ')}`);
  if (violations.length > 0) {
    messages.push(`Requests not valid against LINE's OpenAPI specs (spec/line-openapi; exemptions in __tests__/support/openapi.ts):\n  ${violations.join('\n  ')}`);
  }
  if (messages.length > 0) throw new Error(messages.join('\n'));
});

afterAll(() => {
  // Jest loads a fresh nock per test file in the same worker; unpatch node's http so the next file's nock is the
  // only one intercepting (otherwise this file's nock, with no interceptors left, would refuse the next file's calls).
  nock.restore();
});
