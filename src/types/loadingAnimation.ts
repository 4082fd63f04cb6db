// The loading animation domain.
// https://developers.line.biz/en/reference/messaging-api/#display-a-loading-indicator

/** Options of `showLoadingAnimation`. */
export type ShowLoadingAnimationOptions = {
  /** Seconds to show the animation: 5 to 60, in steps of 5 (LINE's default 20). */
  loadingSeconds?: number;
};
