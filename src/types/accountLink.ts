// The account link domain.
// https://developers.line.biz/en/reference/messaging-api/#account-link

/**
 * Link token issued for account linking.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-link-token | Issue link token}
 */
export type LinkTokenResponse = {
  /** The link token; valid for 10 minutes and usable once. */
  linkToken: string;
};
