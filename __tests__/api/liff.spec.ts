/**
 * The liff domain (LIFF apps): every LineClient method on the wire (host, method, path, query, headers, body) and its
 * shaped result, plus the argument checks that send nothing.
 */
import type { LineTypes } from '../../src';
import { describeWire, type WireCase } from '../support/wire';

const liffApp: LineTypes.CreateLiffAppRequest = { view: { type: 'full', url: 'https://example.com' }, description: 'shop', features: { ble: false } };
const cases: WireCase[] = [

  // LIFF
  { name: 'getLiffAppList', call: (c) => c.getLiffAppList(), method: 'GET', path: '/liff/v1/apps', reply: { body: { apps: [{ liffId: 'l1', ...liffApp }] } }, result: [{ liffId: 'l1', ...liffApp }] },
  { name: 'getLiffAppList 404 (no LIFF app) → []', call: (c) => c.getLiffAppList(), method: 'GET', path: '/liff/v1/apps', reply: { status: 404, body: { message: 'Not found' } }, result: [] },
  { name: 'createLiffApp', call: (c) => c.createLiffApp(liffApp), method: 'POST', path: '/liff/v1/apps', body: liffApp, reply: { body: { liffId: 'l1' } }, result: { liffId: 'l1' } },
  { name: 'updateLiffApp', call: (c) => c.updateLiffApp('l1', { description: 'new' }), method: 'PUT', path: '/liff/v1/apps/l1', body: { description: 'new' }, result: {} },
  { name: 'deleteLiffApp', call: (c) => c.deleteLiffApp('l1'), method: 'DELETE', path: '/liff/v1/apps/l1', result: {} },
];

describeWire('liff on the wire', cases);
