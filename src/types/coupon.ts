// Coupons.
// https://developers.line.biz/en/reference/messaging-api/#coupon

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
