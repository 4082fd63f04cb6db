// Types of the operations added to LINE's API after messaging-api-line 1.1.0: content preparation, message
// validation, aggregation units, followers, rich menu aliases and batches, loading animation, LINE notification
// messages, per-unit and rich menu insight, shared audiences and audiences uploaded by file.
import type { Readable } from 'node:stream';

import type { AudienceGroup, Job } from './audience';
import type { RequestOptions } from './client';

/**
 * Preparation status of a video or audio a user sent.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-video-or-audio-preparation-status | Verify video or audio preparation status}
 */
export type GetMessageContentTranscodingResponse = {
  /** `processing`, `succeeded` (the content can be downloaded) or `failed`. */
  status: 'processing' | 'succeeded' | 'failed';
};

/** Options of `waitForMessageContent`. */
export type WaitForMessageContentOptions = {
  /** How long to wait in all, in ms. Default 60,000. */
  timeout?: number;
  /** Time between two checks, in ms. Default 1,000. */
  interval?: number;
  /** Stops waiting when aborted. */
  signal?: AbortSignal;
};

/**
 * Number of aggregation units used this month.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-units-used-this-month | Get number of units used this month}
 */
export type GetAggregationUnitUsageResponse = {
  /** Units used this month. */
  numOfCustomAggregationUnits: number;
};

/** Options of the `limit`/`start` paginated endpoints. */
export type PageOptions = {
  /** Items per page. */
  limit?: number;
  /** The `next` continuation token of the previous page. */
  start?: string;
};

/**
 * One page of names of aggregation units used this month.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-name-list-of-units-used-this-month | Get name list of units used this month}
 */
export type GetAggregationUnitNameListResponse = {
  /** Unit names. */
  customAggregationUnits: string[];
  /** Continuation token, present when more names follow. */
  next?: string;
};

/**
 * One page of follower user IDs.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-follower-ids | Get a list of users who added your LINE Official Account as a friend}
 */
export type GetFollowersResponse = {
  /** User IDs (at most 1,000). */
  userIds: string[];
  /** Continuation token, present when more IDs follow. */
  next?: string;
};

/**
 * A rich menu alias.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-by-id | Get rich menu alias information}
 */
export type RichMenuAliasResponse = {
  /** Alias ID. */
  richMenuAliasId: string;
  /** The rich menu it points to. */
  richMenuId: string;
};

/**
 * Every rich menu alias.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-list | Get list of rich menu aliases}
 */
export type RichMenuAliasListResponse = {
  /** The aliases. */
  aliases: RichMenuAliasResponse[];
};

/**
 * One operation of a rich menu batch: replace (`link`), unlink one rich menu, or unlink every rich menu.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users-operations | Rich menu operation object}
 */
export type RichMenuBatchOperation =
  | {
      /** Users linked to `from` get `to` instead. */
      type: 'link';
      /** Rich menu ID to replace. */
      from: string;
      /** Rich menu ID to link instead. */
      to: string;
    }
  | {
      /** Users linked to `from` are unlinked. */
      type: 'unlink';
      /** Rich menu ID to unlink. */
      from: string;
    }
  | {
      /** Every user is unlinked from every rich menu. */
      type: 'unlinkAll';
    };

/** Options of `richMenuBatch`. */
export type RichMenuBatchOptions = {
  /** Key to resume a failed batch (`^[a-zA-Z0-9_-]{1,100}$`). */
  resumeRequestKey?: string;
};

/**
 * Progress of a rich menu batch.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-batch-control-rich-menus-progress-status | Get the status of rich menu batch control}
 */
export type RichMenuBatchProgressResponse = {
  /** `ongoing`, `succeeded` or `failed`. */
  phase: 'ongoing' | 'succeeded' | 'failed';
  /** When the batch was accepted (ISO 8601, UTC). */
  acceptedTime: string;
  /** When it completed (ISO 8601, UTC); present when `phase` is `succeeded` or `failed`. */
  completedTime?: string;
};

/** Result of `richMenuBatch`: LINE answers 202 with an empty body; the request id tracks the batch. */
export type RichMenuBatchResponse = {
  /** The `x-line-request-id` to pass to `getRichMenuBatchProgress`. */
  requestId?: string;
};

/** Options of `showLoadingAnimation`. */
export type ShowLoadingAnimationOptions = {
  /** Seconds to show the animation: 5 to 60, in steps of 5 (LINE's default 20). */
  loadingSeconds?: number;
};

/** Options of `pushMessagesByPhone`. */
export type PushMessagesByPhoneOptions = RequestOptions & {
  /** Sent as `X-Line-Delivery-Tag` (16-100 characters); returned in the delivery completion webhook event. */
  deliveryTag?: string;
  /** `true`: the user is not notified. */
  notificationDisabled?: boolean;
};

/** `T` with every field also allowed to be `null` (LINE nulls out statistics below its privacy threshold). */
export type Nullable<T> = { [K in keyof T]: T[K] | null };

/** Counts of one bubble of a message. */
export type MessageEventBubbleStatistics = {
  /** Bubble's serial number. */
  seq?: number;
} & Partial<
  Nullable<{
    /** Times the bubble was displayed. */
    impression: number;
    /** Users the bubble was displayed to (per-unit statistics only). */
    uniqueImpression: number;
    /** Times video or audio started playing. */
    mediaPlayed: number;
    /** Times it played 25% of the way. */
    mediaPlayed25Percent: number;
    /** Times it played 50% of the way. */
    mediaPlayed50Percent: number;
    /** Times it played 75% of the way. */
    mediaPlayed75Percent: number;
    /** Times it played to the end. */
    mediaPlayed100Percent: number;
    /** Users who started playing video or audio. */
    uniqueMediaPlayed: number;
    /** Users who played 25% of the way. */
    uniqueMediaPlayed25Percent: number;
    /** Users who played 50% of the way. */
    uniqueMediaPlayed50Percent: number;
    /** Users who played 75% of the way. */
    uniqueMediaPlayed75Percent: number;
    /** Users who played to the end. */
    uniqueMediaPlayed100Percent: number;
  }>
>;

/** Counts of one URL of a message. */
export type MessageEventClickStatistics = {
  /** The URL's serial number. */
  seq?: number;
  /** The URL. */
  url?: string;
  /** Times the URL was opened. */
  click?: number | null;
  /** Users who opened it. */
  uniqueClick?: number | null;
  /** Users who opened it through any link of the message. */
  uniqueClickOfRequest?: number | null;
};

/** Summary counts of a message. */
export type MessageEventOverview = Partial<
  Nullable<{
    /** Users who displayed at least one bubble. */
    uniqueImpression: number;
    /** Users who opened any URL. */
    uniqueClick: number;
    /** Users who started playing any video or audio. */
    uniqueMediaPlayed: number;
    /** Users who played any video or audio to the end. */
    uniqueMediaPlayed100Percent: number;
  }>
>;

/**
 * Interaction statistics of a narrowcast or broadcast.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-message-event | Get user interaction statistics}
 */
export type GetMessageEventResponse = {
  /** Summary. */
  overview?: MessageEventOverview & {
    /** Request ID. */
    requestId?: string;
    /** Delivery time, UNIX seconds. */
    timestamp?: number;
    /** Messages delivered (`null` until every message is sent). */
    delivered?: number | null;
  };
  /** One entry per bubble. */
  messages?: MessageEventBubbleStatistics[];
  /** One entry per URL. */
  clicks?: MessageEventClickStatistics[];
};

/**
 * Interaction statistics of the push and multicast messages of one aggregation unit.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-statistics-per-unit | Get statistics per unit}
 */
export type GetStatisticsPerUnitResponse = {
  /** Summary. */
  overview: MessageEventOverview;
  /** One entry per bubble. */
  messages: MessageEventBubbleStatistics[];
  /** One entry per URL. */
  clicks: MessageEventClickStatistics[];
};

/** A tappable area of a rich menu, in the image's pixels. */
export type RichMenuInsightBounds = {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
};

/** Number of events and (approximate) unique users. */
export type RichMenuInsightMetrics = {
  /** Impressions or clicks. */
  count: number;
  /** Approximate unique users. */
  uniqueUsers: number;
};

/** {@link RichMenuInsightMetrics} of one day. */
export type RichMenuInsightDailyMetrics = RichMenuInsightMetrics & {
  /** The day, `yyyyMMdd` (JST). */
  date: string;
};

/**
 * Rich menu statistics over a period. Below LINE's privacy threshold only `richMenuId` is present.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-insight-summary | Get rich menu insight summary}
 */
export type GetRichMenuInsightSummaryResponse = {
  /** Rich menu ID. */
  richMenuId: string;
  /** First day actually covered, `yyyyMMdd`. */
  metricsFrom?: string | null;
  /** Last day actually covered, `yyyyMMdd`. */
  metricsTo?: string | null;
  /** Impressions of the whole menu. */
  impression?: {
    /** The counts. */
    metrics: RichMenuInsightMetrics;
  };
  /** Clicks of each area. */
  clicks?: {
    /** The area. */
    bounds: RichMenuInsightBounds;
    /** The counts. */
    metrics: RichMenuInsightMetrics;
  }[];
};

/**
 * Rich menu statistics by day. Below LINE's privacy threshold only `richMenuId` is present.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-insight-daily | Get rich menu insight daily}
 */
export type GetRichMenuInsightDailyResponse = {
  /** Rich menu ID. */
  richMenuId: string;
  /** First day actually covered, `yyyyMMdd`. */
  metricsFrom?: string | null;
  /** Last day actually covered, `yyyyMMdd`. */
  metricsTo?: string | null;
  /** Daily impressions of the whole menu. */
  impression?: {
    /** One entry per day. */
    metrics: RichMenuInsightDailyMetrics[];
  };
  /** Daily clicks of each area. */
  clicks?: {
    /** The area. */
    bounds: RichMenuInsightBounds;
    /** One entry per day. */
    metrics: RichMenuInsightDailyMetrics[];
  }[];
};

/**
 * An audience shared through Business Manager, with its jobs and owner.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience | Get shared audience}
 */
export type GetSharedAudienceDataResponse = {
  /** The audience. */
  audienceGroup?: AudienceGroup;
  /** Upload jobs (empty for other audiences). */
  jobs?: Job[];
  /** Owner of the audience. */
  owner?: {
    /** Service the audience was created in. */
    serviceType?: string;
    /** Owner ID in that service. */
    id?: string;
    /** Owner account name. */
    name?: string;
  };
};

/**
 * Options of `getSharedAudienceGroups`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience-list | Get a list of shared audiences}
 */
export type GetSharedAudienceGroupsOptions = {
  /** Page, 1 or more. Default 1. */
  page?: number;
  /** Only audiences whose name contains this text (case-insensitive). */
  description?: string;
  /** Only audiences with this status. */
  status?: AudienceGroup['status'];
  /** Audiences per page, at most 40 (LINE's default 20). */
  size?: number;
  /** Only audiences created this way. */
  createRoute?: AudienceGroup['createRoute'];
  /** `true`: include audiences owned by LINE Official Account Manager too. */
  includesOwnedAudienceGroups?: boolean;
};

/**
 * One page of shared audiences.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience-list | Get a list of shared audiences}
 */
export type GetSharedAudienceGroupsResponse = {
  /** Audiences of this page. */
  audienceGroups: AudienceGroup[];
  /** `true` when more pages follow. */
  hasNextPage: boolean;
  /** Number of matching audiences. */
  totalCount: number;
  /** Number of matching audiences with `READ_WRITE` permission. */
  readWriteAudienceGroupTotalCount: number;
  /** Current page. */
  page: number;
  /** Audiences per page. */
  size: number;
};

/**
 * The IDs of an audience upload by file: an array of user IDs or IFAs (at most 1,500,000), or a text file with one
 * per line, as a Buffer or a Readable stream.
 */
export type AudienceFileInput = string[] | Buffer | Readable;

/** Options of `createUploadAudienceGroupByFile`. */
export type CreateUploadAudienceGroupByFileOptions = RequestOptions & {
  /** `true` when the IDs are IFAs. */
  isIfaAudience?: boolean;
  /** Description of the upload job (`jobs[].description`). */
  uploadDescription?: string;
};

/** Options of `updateUploadAudienceGroupByFile`. */
export type UpdateUploadAudienceGroupByFileOptions = RequestOptions & {
  /** Description of the upload job (`jobs[].description`). */
  uploadDescription?: string;
};

/**
 * The audience created by an upload by file.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group-by-file | Create audience for uploading user IDs (by file)}
 */
export type CreateUploadAudienceGroupByFileResponse = {
  /** Audience ID. */
  audienceGroupId: number;
  /** `MESSAGING_API`. */
  createRoute?: string;
  /** `UPLOAD`. */
  type: string;
  /** The audience's name. */
  description: string;
  /** Creation time, UNIX seconds. */
  created: number;
  /** `READ_WRITE`. */
  permission?: string;
  /** Expiry, UNIX seconds. */
  expireTimestamp?: number;
  /** `true` for an IFA audience. */
  isIfaAudience: boolean;
};
