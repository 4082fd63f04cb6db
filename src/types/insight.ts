// Message quota, delivery counts and insight statistics.
// https://developers.line.biz/en/reference/messaging-api/#get-quota
// https://developers.line.biz/en/reference/messaging-api/#get-insight

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
 * Status of an aggregation: `ready`, `unready` (not computed yet, usually the next day) or `out_of_service`
 * (the date is before aggregation started).
 */
export type InsightStatisticsResponse = {
  /** Aggregation status. */
  status: 'ready' | 'unready' | 'out_of_service';
};

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
 * Message deliveries of one day, by delivery kind, when the aggregation is ready.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-delivery-messages | Get number of message deliveries}
 */
export type NumberOfMessageDeliveries = {
  /** Always `ready`: the counts are available. */
  status: 'ready';
  /** Broadcast messages sent to all friends. */
  broadcast?: number;
  /** Targeted messages sent to friends matching attributes. */
  targeting?: number;
  /** Auto-response messages. */
  autoResponse?: number;
  /** Greeting messages. */
  welcomeResponse?: number;
  /** Messages sent from the chat screen of LINE Official Account Manager. */
  chat?: number;
  /** Messages sent with the broadcast endpoint of the Messaging API. */
  apiBroadcast?: number;
  /** Messages sent with the push endpoint. */
  apiPush?: number;
  /** Messages sent with the multicast endpoint. */
  apiMulticast?: number;
  /** Messages sent with the narrowcast endpoint. */
  apiNarrowcast?: number;
  /** Messages sent with the reply endpoint. */
  apiReply?: number;
};

/**
 * Response of the message deliveries insight: counts when ready, otherwise only the status.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-delivery-messages | Get number of message deliveries}
 */
export type NumberOfMessageDeliveriesResponse =
  | {
      /** Counts are not available. */
      status: 'unready' | 'out_of_service';
    }
  | NumberOfMessageDeliveries;

/**
 * Follower statistics as of one day, when the aggregation is ready.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-followers | Get number of followers}
 */
export type NumberOfFollowers = {
  /** Always `ready`: the counts are available. */
  status: 'ready';
  /** Times a user added the account as a friend for the first time. Never decreases. */
  followers?: number;
  /** Friends reachable with targeted messages based on gender, age or region. */
  targetedReaches?: number;
  /** Users blocking the account. */
  blocks?: number;
};

/**
 * Response of the followers insight: counts when ready, otherwise only the status.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-followers | Get number of followers}
 */
export type NumberOfFollowersResponse =
  | {
      /** Counts are not available. */
      status: 'unready' | 'out_of_service';
    }
  | NumberOfFollowers;

/** Share of friends per gender. */
export type GenderTile = {
  /** Gender. */
  gender: 'male' | 'female' | 'unknown';
  /** Percentage of friends, 0 to 100. */
  percentage: number;
};

/** Share of friends per age group. */
export type AgeTile = {
  /** Age group, such as `from20to24`. */
  age:
    | 'from0to14'
    | 'from15to19'
    | 'from20to24'
    | 'from25to29'
    | 'from30to34'
    | 'from35to39'
    | 'from40to44'
    | 'from45to49'
    | 'from50'
    | 'from50to54'
    | 'from55to59'
    | 'from60to64'
    | 'from65to69'
    | 'from70'
    | 'unknown';
  /** Percentage of friends, 0 to 100. */
  percentage: number;
};

/** Share of friends per region. */
export type AreaTile = {
  /** Country and region name. */
  area: string;
  /** Percentage of friends, 0 to 100. */
  percentage: number;
};

/** Share of friends per OS. */
export type AppTypeTile = {
  /** OS. */
  appType: 'ios' | 'android' | 'others';
  /** Percentage of friends, 0 to 100. */
  percentage: number;
};

/** Share of friends per friendship length. */
export type SubscriptionPeriodTile = {
  /** Friendship length bucket, such as `within30days`. */
  subscriptionPeriod:
    | 'within7days'
    | 'within30days'
    | 'within90days'
    | 'within180days'
    | 'within365days'
    | 'over365days'
    | 'unknown';
  /** Percentage of friends, 0 to 100. */
  percentage: number;
};

/**
 * Demographics of the account's friends.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-demographic | Get friend demographics}
 */
export type FriendDemographics = {
  /** `true` if demographic information is available. */
  available: boolean;
  /** Share per gender. */
  genders?: GenderTile[];
  /** Share per age group. */
  ages?: AgeTile[];
  /** Share per region. */
  areas?: AreaTile[];
  /** Share per OS. */
  appTypes?: AppTypeTile[];
  /** Share per friendship length. */
  subscriptionPeriods?: SubscriptionPeriodTile[];
};

/** LINE's name for {@link FriendDemographics}. */
export type GetFriendsDemographicsResponse = FriendDemographics;
