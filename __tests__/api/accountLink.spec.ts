/**
 * The accountLink domain (link tokens): every LineClient method on the wire (host, method, path, query, headers,
 * body) and its shaped result, plus the argument checks that send nothing.
 */
import { describeWire, type WireCase } from '../support/wire';

const cases: WireCase[] = [

  // Account link
  { name: 'issueLinkToken', call: (c) => c.issueLinkToken('U1'), method: 'POST', path: '/v2/bot/user/U1/linkToken', reply: { body: { linkToken: 'lt' } }, result: { linkToken: 'lt' } },
  { name: 'getLinkToken', call: (c) => c.getLinkToken('U1'), method: 'POST', path: '/v2/bot/user/U1/linkToken', reply: { body: { linkToken: 'lt' } }, result: 'lt' },
];

describeWire('accountLink on the wire', cases);
