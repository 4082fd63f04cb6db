// The shop domain: coupons, membership plans and subscriptions, mission stickers.
// https://developers.line.biz/en/reference/messaging-api/#coupon
// https://developers.line.biz/en/reference/messaging-api/#membership
// https://developers.line.biz/en/reference/partner-docs/#mission-stickers

/** Status of a coupon. */
export type CouponStatus = 'DRAFT' | 'RUNNING' | 'CLOSED';

/** Time zone in which a coupon's timestamps are interpreted. */
export type CouponTimezone =
  | 'ETC_GMT_MINUS_12'
  | 'ETC_GMT_MINUS_11'
  | 'PACIFIC_HONOLULU'
  | 'AMERICA_ANCHORAGE'
  | 'AMERICA_LOS_ANGELES'
  | 'AMERICA_PHOENIX'
  | 'AMERICA_CHICAGO'
  | 'AMERICA_NEW_YORK'
  | 'AMERICA_CARACAS'
  | 'AMERICA_SANTIAGO'
  | 'AMERICA_ST_JOHNS'
  | 'AMERICA_SAO_PAULO'
  | 'ETC_GMT_MINUS_2'
  | 'ATLANTIC_CAPE_VERDE'
  | 'EUROPE_LONDON'
  | 'EUROPE_PARIS'
  | 'EUROPE_ISTANBUL'
  | 'EUROPE_MOSCOW'
  | 'ASIA_TEHRAN'
  | 'ASIA_TBILISI'
  | 'ASIA_KABUL'
  | 'ASIA_TASHKENT'
  | 'ASIA_COLOMBO'
  | 'ASIA_KATHMANDU'
  | 'ASIA_ALMATY'
  | 'ASIA_RANGOON'
  | 'ASIA_BANGKOK'
  | 'ASIA_TAIPEI'
  | 'ASIA_TOKYO'
  | 'AUSTRALIA_DARWIN'
  | 'AUSTRALIA_SYDNEY'
  | 'ASIA_VLADIVOSTOK'
  | 'ETC_GMT_PLUS_12'
  | 'PACIFIC_TONGATAPU';

/** How users get a coupon: everyone (`normal`) or by lottery. */
export type CouponAcquisitionCondition =
  | {
      /** Every user can get it. */
      type: 'normal';
    }
  | {
      /** Users win it by lottery. */
      type: 'lottery';
      /** Probability of winning, 1-99 (%). */
      lotteryProbability: number;
      /** Maximum number of coupons issued in all; -1 for no limit. */
      maxAcquireCount: number;
    };

/** Cash-back amount: fixed or a percentage. */
export type CashBackPriceInfo =
  | {
      /** A fixed amount. */
      type: 'fixed';
      /** The amount. */
      fixedAmount?: number;
    }
  | {
      /** A percentage. */
      type: 'percentage';
      /** Cash-back rate, 1-99 (%). */
      percentage?: number;
    };

/** Discount: fixed, a percentage, or explicit prices. */
export type DiscountPriceInfo =
  | {
      /** A fixed amount off. */
      type: 'fixed';
      /** The amount. */
      fixedAmount?: number;
    }
  | {
      /** A percentage off. */
      type: 'percentage';
      /** Discount rate, 1-99 (%). */
      percentage?: number;
    }
  | {
      /** Explicit prices before and after the discount. */
      type: 'explicit';
      /** Price after the discount. */
      priceAfterDiscount?: number;
      /** Original price. */
      originalPrice?: number;
    };

/** The benefit of a coupon. */
export type CouponReward =
  | {
      /** Cash back. */
      type: 'cashBack';
      /** The amount. */
      priceInfo?: CashBackPriceInfo;
    }
  | {
      /** A discount. */
      type: 'discount';
      /** The discount. */
      priceInfo?: DiscountPriceInfo;
    }
  | {
      /** Something free, a gift, or another benefit. */
      type: 'free' | 'gift' | 'others';
    };

/**
 * A coupon to create.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-coupon | Create a coupon}
 */
export type CouponCreateRequest = {
  /** How users get the coupon. */
  acquisitionCondition: CouponAcquisitionCondition;
  /** Barcode image URL, for in-store redemption. */
  barcodeImageUrl?: string;
  /** Code the user presents to redeem the coupon. */
  couponCode?: string;
  /** Description shown to users (max 1,000 characters). */
  description?: string;
  /** End of validity, UNIX seconds. */
  endTimestamp: number;
  /** Main image URL. */
  imageUrl?: string;
  /** Uses per coupon ticket: 1, or -1 for no limit. */
  maxUseCountPerTicket: number;
  /** Start of validity, UNIX seconds. */
  startTimestamp: number;
  /** Title (1-60 characters). */
  title: string;
  /** Conditions of use shown to users (max 100 characters). */
  usageCondition?: string;
  /** The benefit. */
  reward?: CouponReward;
  /** Who can see and get the coupon. */
  visibility: 'UNLISTED' | 'PUBLIC';
  /** Time zone of the timestamps. */
  timezone: CouponTimezone;
};

/**
 * The ID of a created coupon.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-coupon | Create a coupon}
 */
export type CouponCreateResponse = {
  /** Coupon ID. */
  couponId: string;
};

/** Currency of coupon amounts. */
export type CouponCurrency = 'JPY' | 'THB' | 'TWD';

/** A coupon's benefit as LINE returns it (amounts carry their currency). */
export type CouponRewardResponse =
  | {
      /** Cash back. */
      type: 'cashBack';
      /** The amount. */
      priceInfo?: CashBackPriceInfo & {
        /** Currency of a fixed amount. */
        currency?: CouponCurrency;
      };
    }
  | {
      /** A discount. */
      type: 'discount';
      /** The discount. */
      priceInfo?: DiscountPriceInfo & {
        /** Currency of fixed or explicit amounts. */
        currency?: CouponCurrency;
      };
    }
  | {
      /** Something free, a gift, or another benefit. */
      type: 'free' | 'gift' | 'others';
    };

/**
 * A coupon's details.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-coupon | Get coupon details}
 */
export type CouponResponse = {
  /** Coupon ID. */
  couponId?: string;
  /** How users get it (`referral` is returned for referral coupons). */
  acquisitionCondition?:
    | CouponAcquisitionCondition
    | {
        /** A referral coupon. */
        type: 'referral';
      };
  /** Barcode image URL. */
  barcodeImageUrl?: string;
  /** Redemption code. */
  couponCode?: string;
  /** Description. */
  description?: string;
  /** End of validity, UNIX seconds. */
  endTimestamp?: number;
  /** Main image URL. */
  imageUrl?: string;
  /** Maximum number of coupons issued in all. */
  maxAcquireCount?: number;
  /** Uses per ticket. */
  maxUseCountPerTicket?: number;
  /** Tickets one user can get. */
  maxTicketPerUser?: number;
  /** Start of validity, UNIX seconds. */
  startTimestamp?: number;
  /** Title. */
  title?: string;
  /** Conditions of use. */
  usageCondition?: string;
  /** The benefit. */
  reward?: CouponRewardResponse;
  /** Visibility. */
  visibility?: 'UNLISTED' | 'PUBLIC' | 'PRIVATE';
  /** Time zone of the timestamps. */
  timezone?: CouponTimezone;
  /** Creation time, UNIX seconds. */
  createdTimestamp?: number;
  /** Current status. */
  status?: CouponStatus;
};

/**
 * Options of `getCouponList`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-coupons-list | Get a list of coupons}
 */
export type GetCouponListOptions = {
  /** Only coupons with these statuses. */
  status?: CouponStatus[];
  /** Coupons per page, 1-100 (LINE's default 20). */
  limit?: number;
  /** The `next` token of the previous page. */
  start?: string;
};

/** A coupon in a list. */
export type CouponListItem = {
  /** Coupon ID. */
  couponId: string;
  /** Title. */
  title: string;
};

/**
 * One page of coupons.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-coupons-list | Get a list of coupons}
 */
export type CouponListResponse = {
  /** The coupons. */
  items: CouponListItem[];
  /** Token of the next page, present when more follow. */
  next?: string;
};

/** Currency of a membership plan's price. */
export type MembershipCurrency = 'JPY' | 'TWD' | 'THB';

/** The plan of a subscription. */
export type SubscribedMembershipPlan = {
  /** Membership plan ID. */
  membershipId: number;
  /** Plan name. */
  title: string;
  /** Plan description. */
  description: string;
  /** Perks of the plan. */
  benefits: string[];
  /** Monthly fee, e.g. 1500.00. */
  price: number;
  /** Currency of `price`. */
  currency: MembershipCurrency;
};

/** The user's side of a subscription. */
export type SubscribedMembershipUser = {
  /** The user's member number in the plan. */
  membershipNo: number;
  /** UNIX time (seconds) the user subscribed. */
  joinedTime: number;
  /** Next payment date, `yyyy-MM-dd` (UTC+9). */
  nextBillingDate: string;
  /** Months subscribed since the last (re)subscription. */
  totalSubscriptionMonths: number;
};

/** One subscription of a user. */
export type MembershipSubscription = {
  /** The plan. */
  membership: SubscribedMembershipPlan;
  /** The user's subscription. */
  user: SubscribedMembershipUser;
};

/**
 * A user's membership subscriptions.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-a-users-membership-subscription-status | Get a user's membership subscription status}
 */
export type GetMembershipSubscriptionResponse = {
  /** The subscriptions (empty when none). */
  subscriptions: MembershipSubscription[];
};

/** A membership plan of the LINE Official Account. */
export type MembershipPlan = SubscribedMembershipPlan & {
  /** Number of subscribed members. */
  memberCount: number;
  /** Upper limit of members; `null` when there is none. */
  memberLimit: number | null;
  /** Payment method: in-app purchase or not. */
  isInAppPurchase: boolean;
  /** Whether the plan is published. */
  isPublished: boolean;
};

/**
 * The membership plans.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-plans | Get membership plans}
 */
export type MembershipListResponse = {
  /** The plans. */
  memberships: MembershipPlan[];
};

/**
 * Options of `getJoinedMembershipUserIds`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids | Get membership user IDs}
 */
export type GetJoinedMembershipUserIdsOptions = {
  /** User IDs per page, 1 to 1,000 (LINE's default 300). */
  limit?: number;
  /** The `next` continuation token of the previous page (valid 24 hours). */
  start?: string;
};

/**
 * One page of user IDs of a membership plan's members.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids | Get membership user IDs}
 */
export type GetJoinedMembershipUsersResponse = {
  /** User IDs (at most 1,000). */
  userIds: string[];
  /** Continuation token, present when more IDs follow. */
  next?: string;
};

/**
 * Options of `sendMissionSticker`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#send-mission-stickers-v3 | Send mission stickers (v3)}
 */
export type MissionStickerOptions = {
  /** Package ID of the sticker set. */
  productId: string;
  /** `STICKER`. */
  productType: 'STICKER' | (string & Record<never, never>);
  /** `false`. */
  sendPresentMessage: boolean;
};
