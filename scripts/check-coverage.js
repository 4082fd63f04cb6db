#!/usr/bin/env node
/**
 * Lists every operationId of LINE's OpenAPI specs and the LineClient method that covers it.
 *
 *   npm run build && node scripts/check-coverage.js <dir with LINE's *.yml>
 *
 * Exit codes: 0 every operation is covered; 1 some operation is not (unknown operationId, or a mapped method
 * missing from the build); 2 usage error (no directory, no yml file, no operationId in any of them, or dist/
 * missing: run `npm run build`).
 *
 * No YAML dependency: operationIds are read with a line scan, which is how LINE's specs are written: block style
 * (`operationId: x` on its own line) and flow style (`{ summary: y, operationId: x }`, after `{` or `,`).
 */
const fs = require('node:fs');
const path = require('node:path');

/**
 * operationId → what covers it: the name of a `LineClient` method, or `export:<name>` for a function exported by
 * the package (the webhook module).
 */
const COVERAGE = {
  // messaging-api.yml
  getWebhookEndpoint: 'getWebhookEndpointInfo',
  setWebhookEndpoint: 'setWebhookEndpointUrl',
  testWebhookEndpoint: 'testWebhookEndpoint',
  getMessageContent: 'getMessageContent',
  getMessageContentPreview: 'getMessageContentPreview',
  getMessageContentTranscodingByMessageId: 'getMessageContentTranscoding',
  replyMessage: 'reply',
  pushMessage: 'push',
  multicast: 'multicast',
  narrowcast: 'narrowcast',
  getNarrowcastProgress: 'getNarrowcastProgress',
  broadcast: 'broadcast',
  getMessageQuota: 'getTargetLimitForAdditionalMessages',
  getMessageQuotaConsumption: 'getNumberOfMessagesSentThisMonth',
  getNumberOfSentReplyMessages: 'getNumberOfSentReplyMessages',
  getNumberOfSentPushMessages: 'getNumberOfSentPushMessages',
  getNumberOfSentMulticastMessages: 'getNumberOfSentMulticastMessages',
  getNumberOfSentBroadcastMessages: 'getNumberOfSentBroadcastMessages',
  validateReply: 'validateReplyMessages',
  validatePush: 'validatePushMessages',
  validateMulticast: 'validateMulticastMessages',
  validateNarrowcast: 'validateNarrowcastMessages',
  validateBroadcast: 'validateBroadcastMessages',
  getAggregationUnitUsage: 'getAggregationUnitUsage',
  getAggregationUnitNameList: 'getAggregationUnitNameList',
  getProfile: 'getUserProfile',
  getFollowers: 'getFollowerIds',
  getBotInfo: 'getBotInfo',
  getGroupMemberProfile: 'getGroupMemberProfile',
  getRoomMemberProfile: 'getRoomMemberProfile',
  getGroupMembersIds: 'getGroupMemberIds',
  getRoomMembersIds: 'getRoomMemberIds',
  leaveGroup: 'leaveGroup',
  leaveRoom: 'leaveRoom',
  getGroupSummary: 'getGroupSummary',
  getGroupMemberCount: 'getGroupMembersCount',
  getRoomMemberCount: 'getRoomMembersCount',
  createRichMenu: 'createRichMenu',
  validateRichMenuObject: 'validateRichMenu',
  getRichMenuImage: 'downloadRichMenuImage',
  setRichMenuImage: 'uploadRichMenuImage',
  getRichMenu: 'getRichMenu',
  deleteRichMenu: 'deleteRichMenu',
  getRichMenuList: 'getRichMenuList',
  setDefaultRichMenu: 'setDefaultRichMenu',
  getDefaultRichMenuId: 'getDefaultRichMenu',
  cancelDefaultRichMenu: 'deleteDefaultRichMenu',
  createRichMenuAlias: 'createRichMenuAlias',
  getRichMenuAlias: 'getRichMenuAlias',
  updateRichMenuAlias: 'updateRichMenuAlias',
  deleteRichMenuAlias: 'deleteRichMenuAlias',
  getRichMenuAliasList: 'getRichMenuAliasList',
  getRichMenuIdOfUser: 'getLinkedRichMenu',
  unlinkRichMenuIdFromUser: 'unlinkRichMenu',
  linkRichMenuIdToUser: 'linkRichMenu',
  linkRichMenuIdToUsers: 'linkRichMenuToUsers',
  unlinkRichMenuIdFromUsers: 'unlinkRichMenuFromUsers',
  richMenuBatch: 'richMenuBatch',
  validateRichMenuBatchRequest: 'validateRichMenuBatch',
  getRichMenuBatchProgress: 'getRichMenuBatchProgress',
  issueLinkToken: 'issueLinkToken',
  markMessagesAsRead: 'markMessagesAsRead',
  pushMessagesByPhone: 'pushMessagesByPhone',
  getPNPMessageStatistics: 'getNumberOfSentPnpMessages',
  getMembershipSubscription: 'getMembershipSubscription',
  getMembershipList: 'getMembershipList',
  getJoinedMembershipUsers: 'getJoinedMembershipUserIds',
  listCoupon: 'getCouponList',
  createCoupon: 'createCoupon',
  getCouponDetail: 'getCoupon',
  closeCoupon: 'closeCoupon',
  showLoadingAnimation: 'showLoadingAnimation',
  markMessagesAsReadByToken: 'markMessagesAsReadByToken',
  // insight.yml
  getFriendsDemographics: 'getFriendDemographics',
  getNumberOfMessageDeliveries: 'getNumberOfMessageDeliveries',
  getNumberOfFollowers: 'getNumberOfFollowers',
  getMessageEvent: 'getMessageEvent',
  getStatisticsPerUnit: 'getStatisticsPerUnit',
  getRichMenuInsightSummary: 'getRichMenuInsightSummary',
  getRichMenuInsightDaily: 'getRichMenuInsightDaily',
  // liff.yml
  addLIFFApp: 'createLiffApp',
  getAllLIFFApps: 'getLiffAppList',
  updateLIFFApp: 'updateLiffApp',
  deleteLIFFApp: 'deleteLiffApp',
  // manage-audience.yml
  createAudienceGroup: 'createUploadAudienceGroup',
  addAudienceToAudienceGroup: 'updateUploadAudienceGroup',
  createAudienceForUploadingUserIds: 'createUploadAudienceGroupByFile',
  addUserIdsToAudience: 'updateUploadAudienceGroupByFile',
  createClickBasedAudienceGroup: 'createClickAudienceGroup',
  createImpBasedAudienceGroup: 'createImpAudienceGroup',
  updateAudienceGroupDescription: 'setDescriptionAudienceGroup',
  deleteAudienceGroup: 'deleteAudienceGroup',
  getAudienceData: 'getAudienceGroup',
  getAudienceGroups: 'getAudienceGroups',
  getSharedAudienceData: 'getSharedAudienceGroup',
  getSharedAudienceGroups: 'getSharedAudienceGroups',
  // channel-access-token.yml
  issueStatelessChannelToken: 'issueStatelessChannelAccessToken',
  getsAllValidChannelAccessTokenKeyIds: 'getValidChannelAccessTokenKeyIds',
  issueChannelTokenByJWT: 'issueChannelAccessTokenByJWT',
  verifyChannelTokenByJWT: 'verifyChannelAccessTokenByJWT',
  revokeChannelTokenByJWT: 'revokeChannelAccessTokenByJWT',
  issueChannelToken: 'issueChannelAccessToken',
  verifyChannelToken: 'verifyChannelAccessToken',
  revokeChannelToken: 'revokeChannelAccessToken',
  // module.yml, module-attach.yml, shop.yml
  detachModule: 'detachModule',
  acquireChatControl: 'acquireChatControl',
  releaseChatControl: 'releaseChatControl',
  getModules: 'getModules',
  attachModule: 'attachModule',
  missionStickerV3: 'sendMissionSticker',
  // webhook.yml: a dummy operation that only carries the webhook event models, covered by the webhook module
  callback: 'export:parseWebhook',
};

/**
 * An `operationId` key and its plain or quoted value, at the start of a line (block style) or after `{` or `,`
 * (flow style); the value ends the line or is followed by `,`, `}` or a comment.
 */
const OPERATION_ID = /(?:^|[{,])\s*(["']?)operationId\1\s*:\s*(["']?)([A-Za-z0-9_.-]+)\2\s*(?=[,}#]|$)/g;

/** Reads the operationIds of every `*.yml` / `*.yaml` file of `dir`, in file order. */
function scanOperationIds(dir) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
  const operations = [];
  for (const file of files) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/);
    for (const line of lines) {
      for (const m of line.matchAll(OPERATION_ID)) operations.push({ file, operationId: m[3] });
    }
  }
  return { files, operations };
}

/**
 * Checks every operation of `dir` against `pkg` (the package's exports: `LineClient` and the webhook functions).
 *
 * @returns `{ files, rows: [{ file, operationId, covered, by }], uncovered }`
 */
function checkCoverage(dir, pkg, coverage = COVERAGE) {
  const { files, operations } = scanOperationIds(dir);
  const proto = pkg.LineClient && pkg.LineClient.prototype;
  const rows = operations.map(({ file, operationId }) => {
    const target = Object.prototype.hasOwnProperty.call(coverage, operationId) ? coverage[operationId] : undefined;
    if (!target) return { file, operationId, covered: false, by: '(no method mapped)' };
    if (target.startsWith('export:')) {
      const name = target.slice('export:'.length);
      const ok = typeof pkg[name] === 'function';
      return { file, operationId, covered: ok, by: ok ? `${name} (webhook module)` : `${name} (missing export)` };
    }
    const ok = Boolean(proto) && typeof proto[target] === 'function';
    return { file, operationId, covered: ok, by: ok ? `LineClient#${target}` : `LineClient#${target} (missing)` };
  });
  return { files, rows, uncovered: rows.filter((r) => !r.covered) };
}

/** Formats the result as a table. */
function formatTable(result) {
  const header = ['file', 'operationId', 'covered by', ''];
  const body = result.rows.map((r) => [r.file, r.operationId, r.by, r.covered ? 'ok' : 'UNCOVERED']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  const covered = result.rows.length - result.uncovered.length;
  out.push('', `${covered} of ${result.rows.length} operations covered in ${result.files.length} file(s).`);
  if (result.uncovered.length > 0) out.push(`Uncovered: ${result.uncovered.map((r) => `${r.operationId} (${r.file})`).join(', ')}`);
  return out.join('\n');
}

function main(argv) {
  const dir = argv[0];
  if (!dir) {
    console.error('usage: npm run check:coverage -- <directory with LINE OpenAPI *.yml files>');
    return 2;
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`check-coverage: ${dir} is not a directory`);
    return 2;
  }
  // The spec checks come first: they do not need the build.
  const { files, operations } = scanOperationIds(dir);
  if (files.length === 0) {
    console.error(`check-coverage: no *.yml file in ${dir}`);
    return 2;
  }
  if (operations.length === 0) {
    console.error(
      `check-coverage: no operationId found in the ${files.length} *.yml file(s) of ${dir}; ` +
        "is it the directory of LINE's OpenAPI specs (line-openapi)?",
    );
    return 2;
  }
  const dist = path.join(__dirname, '..', 'dist', 'index.js');
  if (!fs.existsSync(dist)) {
    console.error('check-coverage: dist/index.js is missing: run `npm run build` first.');
    return 2;
  }
  const result = checkCoverage(dir, require(dist));
  console.log(formatTable(result));
  return result.uncovered.length === 0 ? 0 : 1;
}

module.exports = { COVERAGE, scanOperationIds, checkCoverage, formatTable, main };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
