// The user domain: profiles and followers.
// https://developers.line.biz/en/reference/messaging-api/#users

/**
 * Profile of a user who is a friend of the account.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-profile | Get profile}
 */
export type User = {
  /** Display name. */
  displayName: string;
  /** User ID. */
  userId: string;
  /** Language as a BCP 47 tag, such as `en`; absent until the user accepts LINE's privacy policy. */
  language?: string;
  /** Profile image URL (`https`); absent when the user has none. */
  pictureUrl?: string;
  /** Status message; absent when the user has none. */
  statusMessage?: string;
};

/** LINE's name for {@link User}. */
export type UserProfile = User;

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
