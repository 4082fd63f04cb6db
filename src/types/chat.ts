// The chat domain: group chats and multi-person chats (rooms): summary, members and their profiles.
// https://developers.line.biz/en/reference/messaging-api/#group

/**
 * Profile of a member of a group chat or multi-person chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-member-profile | Get group chat member profile}
 */
export type MemberProfile = {
  /** Display name. */
  displayName: string;
  /** User ID. */
  userId: string;
  /** Profile image URL (`https`); absent when the user has none. */
  pictureUrl?: string;
};

/**
 * Summary of a group chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-summary | Get group chat summary}
 */
export type Group = {
  /** Group ID. */
  groupId: string;
  /** Group name. */
  groupName: string;
  /** Group icon URL; absent when the group has none. */
  pictureUrl?: string;
};

/** LINE's name for {@link Group}. */
export type GroupSummary = Group;

/**
 * One page of member user IDs of a group chat or multi-person chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-member-user-ids | Get group chat member user IDs}
 */
export type MemberIdsResponse = {
  /** User IDs of members. Max 100 per page. */
  memberIds: string[];
  /** Continuation token for the next page; absent on the last page. */
  next?: string;
};

/**
 * Number of members of a group chat or multi-person chat, excluding the account.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-members-group-count | Get number of users in a group chat}
 */
export type MembersCountResponse = {
  /** Number of members. */
  count: number;
};
