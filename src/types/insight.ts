// The insight domain: message deliveries, followers, friend demographics, interaction statistics of messages
// and of aggregation units, rich menu statistics.
// https://developers.line.biz/en/reference/messaging-api/#get-insight

/**
 * Status of an aggregation: `ready`, `unready` (not computed yet, usually the next day) or `out_of_service`
 * (the date is before aggregation started).
 */
export type InsightStatisticsResponse = {
  /** Aggregation status. */
  status: 'ready' | 'unready' | 'out_of_service';
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
