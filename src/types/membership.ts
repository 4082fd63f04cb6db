// Membership plans and subscriptions.
// https://developers.line.biz/en/reference/messaging-api/#membership

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
