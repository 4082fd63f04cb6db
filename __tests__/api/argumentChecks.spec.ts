/** Argument checks across domains: bad input rejects with LineValidationError before any request, never synchronously. */
import { LineValidationError } from '../../src';
import type { LineTypes } from '../../src';
import { makeClient } from '../support/interceptAt';

describe('argument checks send nothing', () => {
  test('dates, units and pages', async () => {
    const c = makeClient();
    await expect(c.getNumberOfSentPnpMessages('2021-12-31')).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getStatisticsPerUnit('bad unit', '20210301', '20210331')).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getRichMenuInsightDaily('r', '20210301', 'x')).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getFollowerIds({ limit: 1001 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getJoinedMembershipUserIds(1, { limit: 0 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getModules({ limit: 101 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getSharedAudienceGroups({ size: 41 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.acquireChatControl('U1', { ttl: 31_536_001 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.sendMissionSticker('U1', { productId: '1', productType: 'STICKER' } as LineTypes.MissionStickerOptions)).rejects.toThrow(/sendPresentMessage/);
    await expect(c.validatePushMessages([])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.createCoupon({ title: 'x'.repeat(61) } as LineTypes.CouponCreateRequest)).rejects.toBeInstanceOf(LineValidationError);
  });
});

describe('validation rejects, never throws synchronously', () => {
  const needArgs = [
    'getMessageContentPreview', 'getMessageContentPreviewStream', 'getMessageContentTranscoding', 'waitForMessageContent',
    'validateReplyMessages', 'validatePushMessages', 'validateMulticastMessages', 'validateNarrowcastMessages', 'validateBroadcastMessages',
    'validateRichMenu', 'createRichMenuAlias', 'getRichMenuAlias', 'updateRichMenuAlias', 'deleteRichMenuAlias',
    'linkRichMenuToUsers', 'unlinkRichMenuFromUsers', 'richMenuBatch', 'validateRichMenuBatch', 'getRichMenuBatchProgress',
    'markMessagesAsRead', 'markMessagesAsReadByToken', 'showLoadingAnimation', 'pushMessagesByPhone', 'getNumberOfSentPnpMessages',
    'getMembershipSubscription', 'getJoinedMembershipUserIds', 'createCoupon', 'getCoupon', 'closeCoupon',
    'getMessageEvent', 'getStatisticsPerUnit', 'getRichMenuInsightSummary', 'getRichMenuInsightDaily',
    'createUploadAudienceGroupByFile', 'updateUploadAudienceGroupByFile', 'getSharedAudienceGroup',
    'acquireChatControl', 'releaseChatControl', 'attachModule', 'sendMissionSticker',
    'verifyChannelAccessToken', 'revokeChannelAccessToken', 'issueChannelAccessTokenByJWT', 'verifyChannelAccessTokenByJWT',
    'revokeChannelAccessTokenByJWT', 'getValidChannelAccessTokenKeyIds',
  ] as const;
  test.each(needArgs)('%s', async (name) => {
    const method = (makeClient() as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
    let result: unknown;
    expect(() => {
      result = method.call(makeClient());
    }).not.toThrow();
    await expect(result).rejects.toBeInstanceOf(LineValidationError);
  });
});
