// The message domain: responses of reply, push, multicast and broadcast; narrowcast recipients, demographic
// filters and progress; sending by phone number (PNP); quota and counts of sent messages; aggregation units.
// The message objects themselves are in ./messages.
// https://developers.line.biz/en/reference/messaging-api/#messages

import type { MutationSuccessResponse, RequestOptions } from './request';

/**
 * A message that was sent.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-reply-message-response | Reply message response}
 */
export type SentMessage = {
  /** ID of the sent message. */
  id: string;
  /** Quote token of the sent message; only for message types that can be quoted. */
  quoteToken?: string;
};

/**
 * Response of sending a reply message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-reply-message-response | Reply message response}
 */
export type ReplyMessageResponse = {
  /** The sent messages, in request order. */
  sentMessages: SentMessage[];
};

/**
 * Response of sending a push message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-push-message-response | Push message response}
 */
export type PushMessageResponse = {
  /** The sent messages, in request order. */
  sentMessages: SentMessage[];
};

/**
 * Response of sending a multicast message: an empty object.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-multicast-response | Multicast message response}
 */
export type MulticastResponse = MutationSuccessResponse;

/**
 * Response of sending a broadcast message: an empty object.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-broadcast-response | Broadcast message response}
 */
export type BroadcastResponse = MutationSuccessResponse;

/**
 * Combines recipient or demographic objects with a logical operator. Exactly one of `and`, `or` and
 * `not` is set.
 *
 * @typeParam T - The objects being combined.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-recipient | Recipient objects}
 */
export type FilterOperatorObject<T> =
  | {
      /** Discriminator: always `'operator'`. */
      type: 'operator';
      /** Matches when every element matches. */
      and: (T | FilterOperatorObject<T>)[];
    }
  | {
      /** Discriminator: always `'operator'`. */
      type: 'operator';
      /** Matches when any element matches. */
      or: (T | FilterOperatorObject<T>)[];
    }
  | {
      /** Discriminator: always `'operator'`. */
      type: 'operator';
      /** Matches when the object does not match. */
      not: T | FilterOperatorObject<T>;
    };

/**
 * Targets the users of an audience.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-audience-object | Audience object}
 */
export type AudienceObject = {
  /** Discriminator: always `'audience'`. */
  type: 'audience';
  /** ID of the audience. */
  audienceGroupId: number;
};

/**
 * Targets the users who received an earlier narrowcast.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-redelivery-object | Redelivery object}
 */
export type RedeliveryObject = {
  /** Request ID of the earlier narrowcast message. */
  requestId: string;
  /** Discriminator: always `'redelivery'`. */
  type: 'redelivery';
};

/**
 * Who receives a narrowcast: audiences and earlier narrowcasts, optionally combined with operators.
 * Up to 10 audience or redelivery objects in total.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-recipient | Recipient objects}
 */
export type RecipientObject =
  | AudienceObject
  | RedeliveryObject
  | FilterOperatorObject<AudienceObject | RedeliveryObject>;

/** Age thresholds of a demographic filter: `age_15` means 15 years old, up to `age_70`. */
export type DemographicAge =
  | 'age_15'
  | 'age_20'
  | 'age_25'
  | 'age_30'
  | 'age_35'
  | 'age_40'
  | 'age_45'
  | 'age_50'
  | 'age_55'
  | 'age_60'
  | 'age_65'
  | 'age_70';

/** Friendship-length thresholds of a demographic filter, in days. */
export type DemographicSubscriptionPeriod = 'day_7' | 'day_30' | 'day_90' | 'day_180' | 'day_365';

/**
 * Region codes of a demographic filter: Japanese prefectures (`jp_01`..`jp_47`), Taiwan (`tw_01`..`tw_22`),
 * Thailand (`th_01`..`th_08`) and Indonesia (`id_01`..`id_12`).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter | Demographic filter objects}
 */
export type DemographicArea =
  | 'jp_01'
  | 'jp_02'
  | 'jp_03'
  | 'jp_04'
  | 'jp_05'
  | 'jp_06'
  | 'jp_07'
  | 'jp_08'
  | 'jp_09'
  | 'jp_10'
  | 'jp_11'
  | 'jp_12'
  | 'jp_13'
  | 'jp_14'
  | 'jp_15'
  | 'jp_16'
  | 'jp_17'
  | 'jp_18'
  | 'jp_19'
  | 'jp_20'
  | 'jp_21'
  | 'jp_22'
  | 'jp_23'
  | 'jp_24'
  | 'jp_25'
  | 'jp_26'
  | 'jp_27'
  | 'jp_28'
  | 'jp_29'
  | 'jp_30'
  | 'jp_31'
  | 'jp_32'
  | 'jp_33'
  | 'jp_34'
  | 'jp_35'
  | 'jp_36'
  | 'jp_37'
  | 'jp_38'
  | 'jp_39'
  | 'jp_40'
  | 'jp_41'
  | 'jp_42'
  | 'jp_43'
  | 'jp_44'
  | 'jp_45'
  | 'jp_46'
  | 'jp_47'
  | 'tw_01'
  | 'tw_02'
  | 'tw_03'
  | 'tw_04'
  | 'tw_05'
  | 'tw_06'
  | 'tw_07'
  | 'tw_08'
  | 'tw_09'
  | 'tw_10'
  | 'tw_11'
  | 'tw_12'
  | 'tw_13'
  | 'tw_14'
  | 'tw_15'
  | 'tw_16'
  | 'tw_17'
  | 'tw_18'
  | 'tw_19'
  | 'tw_20'
  | 'tw_21'
  | 'tw_22'
  | 'th_01'
  | 'th_02'
  | 'th_03'
  | 'th_04'
  | 'th_05'
  | 'th_06'
  | 'th_07'
  | 'th_08'
  | 'id_01'
  | 'id_02'
  | 'id_03'
  | 'id_04'
  | 'id_05'
  | 'id_06'
  | 'id_07'
  | 'id_08'
  | 'id_09'
  | 'id_10'
  | 'id_11'
  | 'id_12';

/** Gender values of a demographic filter. */
export type DemographicGender = 'male' | 'female';

/** OS values of a demographic filter. */
export type DemographicAppType = 'ios' | 'android';

/**
 * Filters by gender.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter | Demographic filter objects}
 */
export type GenderDemographicObject = {
  /** Discriminator: always `'gender'`. */
  type: 'gender';
  /** Genders to include. */
  oneOf: DemographicGender[];
};

/**
 * Filters by age: at least `gte` and/or younger than `lt`. Set at least one of them.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter | Demographic filter objects}
 */
export type AgeDemographicObject = {
  /** Discriminator: always `'age'`. */
  type: 'age';
} & (
  | {
      /** Lowest age included. */
      gte: DemographicAge;
      /** First age excluded. */
      lt?: DemographicAge;
    }
  | {
      /** Lowest age included. */
      gte?: DemographicAge;
      /** First age excluded. */
      lt: DemographicAge;
    }
);

/**
 * Filters by the OS of the user's LINE app.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter | Demographic filter objects}
 */
export type AppTypeDemographicObject = {
  /** Discriminator: always `'appType'`. */
  type: 'appType';
  /** OSes to include. */
  oneOf: DemographicAppType[];
};

/**
 * Filters by region.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter | Demographic filter objects}
 */
export type AreaDemographicObject = {
  /** Discriminator: always `'area'`. */
  type: 'area';
  /** Regions to include. */
  oneOf: DemographicArea[];
};

/**
 * Filters by how long users have been friends: at least `gte` and/or less than `lt`. Set at least one.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter | Demographic filter objects}
 */
export type SubscriptionPeriodDemographicObject = {
  /** Discriminator: always `'subscriptionPeriod'`. */
  type: 'subscriptionPeriod';
} & (
  | {
      /** Shortest friendship included. */
      gte: DemographicSubscriptionPeriod;
      /** First friendship length excluded. */
      lt?: DemographicSubscriptionPeriod;
    }
  | {
      /** Shortest friendship included. */
      gte?: DemographicSubscriptionPeriod;
      /** First friendship length excluded. */
      lt: DemographicSubscriptionPeriod;
    }
);

/** Any single demographic condition, discriminated by `type`. */
export type DemographicObject =
  | GenderDemographicObject
  | AgeDemographicObject
  | AppTypeDemographicObject
  | AreaDemographicObject
  | SubscriptionPeriodDemographicObject;

/**
 * Demographic filter of a narrowcast: a condition or conditions combined with operators.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter | Demographic filter objects}
 */
export type DemographicFilterObject = DemographicObject | FilterOperatorObject<DemographicObject>;

/**
 * The `filter` of a narrowcast request.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message | Send narrowcast message}
 */
export type NarrowcastFilter = {
  /** Demographic conditions. */
  demographic: DemographicFilterObject;
};

/**
 * The `limit` of a narrowcast request.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message | Send narrowcast message}
 */
export type NarrowcastLimit = {
  /** Maximum number of recipients, 1 or more; recipients are chosen at random. */
  max?: number;
  /** `true` to send only up to the remaining message quota. Defaults to `false`. */
  upToRemainingQuota?: boolean;
  /**
   * `true` to cancel the delivery rather than reach only part of the audience. Needs
   * `upToRemainingQuota: true`. Defaults to `false`.
   */
  forbidPartialDelivery?: boolean;
};

/**
 * Options of `narrowcast`: who receives the messages and how many at most.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message | Send narrowcast message}
 */
export type NarrowcastOptions = {
  /** Audiences or earlier narrowcasts to target. Omit to target every friend. */
  recipient?: RecipientObject;
  /** Demographic conditions; sent as `filter.demographic`. */
  demographic?: DemographicFilterObject;
  /** Maximum number of recipients; sent as `limit.max`. */
  max?: number;
};

/**
 * Result of sending a narrowcast: the request ID (from the `X-Line-Request-Id` header) used to poll its
 * progress.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message | Send narrowcast message}
 */
export type NarrowcastResponse = {
  /** Request ID of the narrowcast. */
  requestId: string;
};

/**
 * Error codes of a failed narrowcast: 1 internal error, 2 too few recipients, 3 conflicting retried request,
 * 4 an audience of fewer than 50 recipients, 5 cancelled to avoid partial delivery.
 */
export type NarrowcastErrorCode = 1 | 2 | 3 | 4 | 5;

/**
 * Progress of a narrowcast.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-narrowcast-progress-status | Get narrowcast progress}
 */
export type NarrowcastProgressResponse = {
  /** `waiting` (still filtering), `sending`, `succeeded` (sent, not necessarily received) or `failed`. */
  phase: 'waiting' | 'sending' | 'succeeded' | 'failed';
  /** Number of users the message was delivered to. */
  successCount?: number;
  /** Number of users the message could not be delivered to. */
  failureCount?: number;
  /** Number of intended recipients. */
  targetCount?: number;
  /** Why the narrowcast failed; only when `phase` is `failed`. */
  failedDescription?: string;
  /** Error summary; only when `phase` is `failed`. */
  errorCode?: NarrowcastErrorCode;
  /** When the request was accepted, ISO 8601 in UTC (e.g. `2020-12-03T10:15:30.121Z`). */
  acceptedTime: string;
  /** When processing finished, ISO 8601 in UTC; only when `phase` is `succeeded` or `failed`. */
  completedTime?: string;
};

/** Options of `pushMessagesByPhone`. */
export type PushMessagesByPhoneOptions = RequestOptions & {
  /** Sent as `X-Line-Delivery-Tag` (16-100 characters); returned in the delivery completion webhook event. */
  deliveryTag?: string;
  /** `true`: the user is not notified. */
  notificationDisabled?: boolean;
};

/**
 * Monthly target limit for additional messages: `none` when no limit is set, `limited` with the limit in
 * `value`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-quota | Get the target limit for sending messages this month}
 */
export type MessageQuotaResponse =
  | {
      /** No target limit is set. */
      type: 'none';
    }
  | {
      /** A target limit is set. */
      type: 'limited';
      /** The target limit for this month. */
      value: number;
    };

/** messaging-api-line 1.x name of {@link MessageQuotaResponse}. */
export type TargetLimitForAdditionalMessages = MessageQuotaResponse;

/**
 * Number of messages sent this month that count toward the quota.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-consumption | Get number of messages sent this month}
 */
export type NumberOfMessagesSentThisMonth = {
  /** Messages sent in the current month. */
  totalUsage: number;
};

/** LINE's name for {@link NumberOfMessagesSentThisMonth}. */
export type QuotaConsumptionResponse = NumberOfMessagesSentThisMonth;

/**
 * Number of reply, push, multicast or broadcast messages sent on one day.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-reply-messages | Get number of sent reply messages}
 */
export type NumberOfMessagesSentResponse = {
  /**
   * Aggregation status: `ready`, `unready`, `unavailable_for_privacy` (fewer than 20 messages that day) or
   * `out_of_service`.
   */
  status: 'ready' | 'unready' | 'unavailable_for_privacy' | 'out_of_service';
  /** Number of messages sent that day; only when `status` is `ready`. */
  success?: number;
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
