// The audience domain: audiences uploaded (as JSON or by file), click and impression audiences, shared
// audiences, authority level.
// https://developers.line.biz/en/reference/messaging-api/#manage-audience-group

import type { Readable } from 'node:stream';

import type { RequestOptions } from './request';

/** Options of `createUploadAudienceGroup`. */
export type CreateUploadAudienceGroupOptions = {
  /** Description registered for the upload job (shown as `jobs[].description`). */
  uploadDescription?: string;
};

/** Options of `updateUploadAudienceGroup`. */
export type UpdateUploadAudienceGroupOptions = CreateUploadAudienceGroupOptions & {
  /**
   * Kept for compatibility with messaging-api-line 1.x. LINE's add-audience endpoint does not document this
   * field; rename an audience with `setDescriptionAudienceGroup` instead.
   */
  description?: string;
};

/** Options of `createClickAudienceGroup`. */
export type CreateClickAudienceGroupOptions = {
  /** URL the users clicked. Omit to include clicks on any URL of the message. Max 2,000 characters. */
  clickUrl?: string;
};

/**
 * One member of an upload audience.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group | Create audience for uploading user IDs}
 */
export type Audience = {
  /** A user ID or an IFA (identifier for advertisers). */
  id: string;
};

/** Kind of audience: how its members were collected. */
export type AudienceGroupType =
  | 'UPLOAD'
  | 'CLICK'
  | 'IMP'
  | 'CHAT_TAG'
  | 'FRIEND_PATH'
  | 'RESERVATION'
  | 'APP_EVENT'
  | 'VIDEO_VIEW'
  | 'WEBTRAFFIC'
  | 'IMAGE_CLICK'
  | 'RICHMENU_IMP'
  | 'RICHMENU_CLICK'
  | 'POP_AD_IMP'
  | 'TRACKINGTAG_WEBTRAFFIC';

/** Status of an audience. */
export type AudienceGroupStatus = 'IN_PROGRESS' | 'READY' | 'FAILED' | 'EXPIRED' | 'INACTIVE' | 'ACTIVATING';

/** Why an audience failed. */
export type AudienceGroupFailedType = 'AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT' | 'INTERNAL_ERROR';

/** Update permission of an audience: `READ` (use only) or `READ_WRITE` (use and update). */
export type AudienceGroupPermission = 'READ' | 'READ_WRITE';

/**
 * Where an audience was created: LINE Official Account Manager, the Messaging API, LINE Points Ads or
 * LINE Ads.
 */
export type AudienceGroupCreateRoute = 'OA_MANAGER' | 'MESSAGING_API' | 'POINT_AD' | 'AD_MANAGER';

/** Fields every audience has. */
export type BasicAudienceGroup = {
  /** ID of the audience. */
  audienceGroupId: number;
  /** Name of the audience. */
  description: string;
  /** When the audience was created, in UNIX time (seconds). */
  created: number;
  /** `true` if the members are IFAs, `false` if they are user IDs. */
  isIfaAudience: boolean;
  /** Update permission. */
  permission: AudienceGroupPermission;
  /** Where the audience was created. */
  createRoute: AudienceGroupCreateRoute;
  /** When the audience expires, in UNIX time (seconds). Only for some audiences. */
  expireTimestamp?: number;
};

/** An audience built from uploaded user IDs or IFAs. */
export type UploadAudienceGroup = BasicAudienceGroup & {
  /** Discriminator: always `'UPLOAD'`. */
  type: 'UPLOAD';
};

/** An audience of users who saw an earlier broadcast or narrowcast message. */
export type ImpAudienceGroup = BasicAudienceGroup & {
  /** Discriminator: always `'IMP'`. */
  type: 'IMP';
  /** Request ID of the message the audience is based on. */
  requestId: string;
};

/** An audience of users who clicked a URL in an earlier broadcast or narrowcast message. */
export type ClickAudienceGroup = BasicAudienceGroup & {
  /** Discriminator: always `'CLICK'`. */
  type: 'CLICK';
  /** Request ID of the message the audience is based on. */
  requestId: string;
  /** URL the users clicked, if one was given. */
  clickUrl?: string;
};

/** An audience of any other kind (chat tags, app events, rich menu impressions and so on). */
export type OtherAudienceGroup = BasicAudienceGroup & {
  /** Kind of audience. */
  type: Exclude<AudienceGroupType, 'UPLOAD' | 'IMP' | 'CLICK'>;
};

/**
 * Response of creating an upload audience.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group | Create audience for uploading user IDs}
 */
export type CreateUploadAudienceGroupResponse = UploadAudienceGroup;

/**
 * Response of creating a click-based audience.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-click-audience-group | Create audience for click-based retargeting}
 */
export type CreateClickAudienceGroupResponse = ClickAudienceGroup;

/**
 * Response of creating an impression-based audience.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-imp-audience-group | Create audience for impression-based retargeting}
 */
export type CreateImpAudienceGroupResponse = {
  /** ID of the audience. */
  audienceGroupId: number;
  /** Always `'IMP'`. */
  type: 'IMP';
  /** Name of the audience. */
  description: string;
  /** When the audience was created, in UNIX time (seconds). */
  created: number;
  /** Request ID of the message the audience is based on. */
  requestId: string;
};

/**
 * An audience with its size and status, as returned by the get and list endpoints.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-groups | Get audiences}
 */
export type AudienceGroup = (UploadAudienceGroup | ImpAudienceGroup | ClickAudienceGroup | OtherAudienceGroup) & {
  /** Number of users in the audience. */
  audienceCount: number;
  /** Status of the audience. */
  status: AudienceGroupStatus;
  /** Why the audience failed; only when `status` is `FAILED`. */
  failedType?: AudienceGroupFailedType | null;
};

/** Kind of upload job. Only `DIFF_ADD` (members added) exists. */
export type AudienceGroupJobType = 'DIFF_ADD';

/** Status of an upload job. */
export type AudienceGroupJobStatus = 'QUEUED' | 'WORKING' | 'FINISHED' | 'FAILED';

/** Why an upload job failed. */
export type AudienceGroupJobFailedType = 'INTERNAL_ERROR' | 'AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT';

/**
 * One attempt to add members to an upload audience.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-group | Get audience}
 */
export type Job = {
  /** ID of the job. */
  audienceGroupJobId: number;
  /** ID of the audience. */
  audienceGroupId: number;
  /** Description of the job (the `uploadDescription` given). */
  description: string;
  /** Kind of job. */
  type: AudienceGroupJobType;
  /** Status of the job. */
  jobStatus: AudienceGroupJobStatus;
  /** Why the job failed; only when `jobStatus` is `FAILED`. */
  failedType?: AudienceGroupJobFailedType;
  /** Number of accounts added. */
  audienceCount: number;
  /** When the job was created, in UNIX time (seconds). */
  created: number;
};

/** LINE's current name for {@link Job}. */
export type AudienceGroupJob = Job;

/**
 * Response of getting one audience: the audience, its upload jobs and, for LINE Ads audiences, the ad
 * account.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-group | Get audience}
 */
export type GetAudienceDataResponse = {
  /** The audience. */
  audienceGroup: AudienceGroup;
  /** Upload jobs, newest first. Empty for audiences other than upload audiences. Max 50. */
  jobs: Job[];
  /** Ad account of an audience created with LINE Ads. */
  adaccount?: {
    /** Name of the ad account. */
    name: string;
  };
};

/**
 * An audience together with its jobs, as typed by messaging-api-line 1.x.
 *
 * @remarks
 * LINE actually nests the audience under `audienceGroup`; see {@link GetAudienceDataResponse}.
 */
export type AudienceGroupWithJob = AudienceGroup & {
  /** Upload jobs. */
  jobs: Job[];
};

/**
 * Response of listing audiences (one page).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-groups | Get audiences}
 */
export type GetAudienceGroupsResponse = {
  /** Audiences of this page; empty when nothing matches. */
  audienceGroups: AudienceGroup[];
  /** `true` when more pages follow. */
  hasNextPage: boolean;
  /** Number of audiences matching the filter. */
  totalCount: number;
  /** Number of matching audiences with `READ_WRITE` permission. */
  readWriteAudienceGroupTotalCount: number;
  /** Current page number. */
  page: number;
  /** Maximum number of audiences per page. */
  size: number;
};

/** messaging-api-line 1.x name of {@link GetAudienceGroupsResponse}. */
export type AudienceGroups = GetAudienceGroupsResponse;

/**
 * Query options of `getAudienceGroups`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-groups | Get audiences}
 */
export type GetAudienceGroupsOptions = {
  /** Page to return, 1 or more. Defaults to 1. */
  page?: number;
  /** Only audiences whose name contains this text (case-insensitive). */
  description?: string;
  /** Only audiences with this status. */
  status?: AudienceGroupStatus;
  /** Audiences per page. Max 40; defaults to 20. */
  size?: number;
  /** `true` (LINE's default) to include public audiences of other channels of the same bot. */
  includesExternalPublicGroups?: boolean;
  /** Only audiences created this way. */
  createRoute?: AudienceGroupCreateRoute;
};

/**
 * Authority level of audiences: `PUBLIC` audiences are usable by every channel of the bot, `PRIVATE` only
 * by the creating channel.
 *
 * @remarks
 * The endpoints that read and change this setting are no longer in LINE's API reference.
 */
export type AudienceGroupAuthorityLevel = {
  /** The authority level. */
  authorityLevel: 'PUBLIC' | 'PRIVATE';
};

/** Response of reading the audience authority level; the same shape as {@link AudienceGroupAuthorityLevel}. */
export type AudienceGroupAuthorityLevelResponse = AudienceGroupAuthorityLevel;

/**
 * An audience shared through Business Manager, with its jobs and owner.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience | Get shared audience}
 */
export type GetSharedAudienceDataResponse = {
  /** The audience. */
  audienceGroup?: AudienceGroup;
  /** Upload jobs (empty for other audiences). */
  jobs?: Job[];
  /** Owner of the audience. */
  owner?: {
    /** Service the audience was created in. */
    serviceType?: string;
    /** Owner ID in that service. */
    id?: string;
    /** Owner account name. */
    name?: string;
  };
};

/**
 * Options of `getSharedAudienceGroups`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience-list | Get a list of shared audiences}
 */
export type GetSharedAudienceGroupsOptions = {
  /** Page, 1 or more. Default 1. */
  page?: number;
  /** Only audiences whose name contains this text (case-insensitive). */
  description?: string;
  /** Only audiences with this status. */
  status?: AudienceGroup['status'];
  /** Audiences per page, at most 40 (LINE's default 20). */
  size?: number;
  /** Only audiences created this way. */
  createRoute?: AudienceGroup['createRoute'];
  /** `true`: include audiences owned by LINE Official Account Manager too. */
  includesOwnedAudienceGroups?: boolean;
};

/**
 * One page of shared audiences.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience-list | Get a list of shared audiences}
 */
export type GetSharedAudienceGroupsResponse = {
  /** Audiences of this page. */
  audienceGroups: AudienceGroup[];
  /** `true` when more pages follow. */
  hasNextPage: boolean;
  /** Number of matching audiences. */
  totalCount: number;
  /** Number of matching audiences with `READ_WRITE` permission. */
  readWriteAudienceGroupTotalCount: number;
  /** Current page. */
  page: number;
  /** Audiences per page. */
  size: number;
};

/**
 * The IDs of an audience upload by file: an array of user IDs or IFAs (at most 1,500,000), or a text file with one
 * per line, as a Buffer or a Readable stream.
 */
export type AudienceFileInput = string[] | Buffer | Readable;

/** Options of `createUploadAudienceGroupByFile`. */
export type CreateUploadAudienceGroupByFileOptions = RequestOptions & {
  /** `true` when the IDs are IFAs. */
  isIfaAudience?: boolean;
  /** Description of the upload job (`jobs[].description`). */
  uploadDescription?: string;
};

/** Options of `updateUploadAudienceGroupByFile`. */
export type UpdateUploadAudienceGroupByFileOptions = RequestOptions & {
  /** Description of the upload job (`jobs[].description`). */
  uploadDescription?: string;
};

/**
 * The audience created by an upload by file.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group-by-file | Create audience for uploading user IDs (by file)}
 */
export type CreateUploadAudienceGroupByFileResponse = {
  /** Audience ID. */
  audienceGroupId: number;
  /** `MESSAGING_API`. */
  createRoute?: string;
  /** `UPLOAD`. */
  type: string;
  /** The audience's name. */
  description: string;
  /** Creation time, UNIX seconds. */
  created: number;
  /** `READ_WRITE`. */
  permission?: string;
  /** Expiry, UNIX seconds. */
  expireTimestamp?: number;
  /** `true` for an IFA audience. */
  isIfaAudience: boolean;
};
