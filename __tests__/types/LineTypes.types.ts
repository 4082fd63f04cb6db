// Compile-time checks (run by `tsc`, not jest): every type name exported by messaging-api-line 1.1.0's
// LineTypes still exists, and the unions narrow on their literal discriminants.
import type * as LineTypes from '../../src/LineTypes';
import type { Line } from '../../src/Line';

/** Every 1.1.0 type name (generic ones instantiated). */
export type LegacyNames = [
  LineTypes.User,
  LineTypes.Group,
  LineTypes.ImageMessage,
  LineTypes.ImageMapArea,
  LineTypes.ImageMapUriAction,
  LineTypes.ImageMapMessageAction,
  LineTypes.ImagemapMessage,
  LineTypes.VideoMessage,
  LineTypes.AudioMessage,
  LineTypes.Location,
  LineTypes.LocationMessage,
  LineTypes.StickerMessage,
  LineTypes.PostbackAction,
  LineTypes.MessageAction,
  LineTypes.URIAction,
  LineTypes.DatetimePickerAction,
  LineTypes.CameraAction,
  LineTypes.CameraRollAction,
  LineTypes.LocationAction,
  LineTypes.Action,
  LineTypes.QuickReplyAction,
  LineTypes.QuickReply,
  LineTypes.Sender,
  LineTypes.MessageOptions,
  LineTypes.TemplateMessage<LineTypes.ButtonsTemplate>,
  LineTypes.ButtonsTemplate,
  LineTypes.ConfirmTemplate,
  LineTypes.ColumnObject,
  LineTypes.CarouselTemplate,
  LineTypes.ImageCarouselColumnObject,
  LineTypes.ImageCarouselTemplate,
  LineTypes.CarouselTemplateOptions,
  LineTypes.Template,
  LineTypes.FlexContainer,
  LineTypes.FlexBubble,
  LineTypes.FlexBubbleStyle,
  LineTypes.FlexBlockStyle,
  LineTypes.FlexCarousel,
  LineTypes.FlexComponent,
  LineTypes.FlexBoxLayout,
  LineTypes.FlexBox<'vertical'>,
  LineTypes.Offset,
  LineTypes.FlexButton,
  LineTypes.FlexFiller,
  LineTypes.FlexIcon,
  LineTypes.FlexImage,
  LineTypes.FlexSeparator,
  LineTypes.FlexSpacer,
  LineTypes.FlexText,
  LineTypes.FlexSpan,
  LineTypes.FlexMessage,
  LineTypes.Message,
  LineTypes.RichMenu,
  LineTypes.LiffApp,
  LineTypes.LiffView,
  LineTypes.PartialLiffApp,
  LineTypes.LiffFeatures,
  LineTypes.MutationSuccessResponse,
  LineTypes.ImageMapVideo,
  LineTypes.Emoji,
  LineTypes.TextMessage,
  LineTypes.NumberOfMessagesSentResponse,
  LineTypes.TargetLimitForAdditionalMessages,
  LineTypes.NumberOfMessagesSentThisMonth,
  LineTypes.InsightStatisticsResponse,
  LineTypes.NumberOfMessageDeliveries,
  LineTypes.NumberOfFollowers,
  LineTypes.NumberOfMessageDeliveriesResponse,
  LineTypes.NumberOfFollowersResponse,
  LineTypes.FriendDemographics,
  LineTypes.NarrowcastOptions,
  LineTypes.FilterOperatorObject<LineTypes.AudienceObject>,
  LineTypes.AudienceObject,
  LineTypes.RecipientObject,
  LineTypes.DemographicAge,
  LineTypes.DemographicSubscriptionPeriod,
  LineTypes.DemographicArea,
  LineTypes.DemographicObject,
  LineTypes.DemographicFilterObject,
  LineTypes.NarrowcastProgressResponse,
  LineTypes.CreateUploadAudienceGroupOptions,
  LineTypes.UpdateUploadAudienceGroupOptions,
  LineTypes.CreateClickAudienceGroupOptions,
  LineTypes.Audience,
  LineTypes.BasicAudienceGroup,
  LineTypes.UploadAudienceGroup,
  LineTypes.ImpAudienceGroup,
  LineTypes.ClickAudienceGroup,
  LineTypes.AudienceGroup,
  LineTypes.AudienceGroups,
  LineTypes.Job,
  LineTypes.AudienceGroupWithJob,
  LineTypes.GetAudienceGroupsOptions,
  LineTypes.AudienceGroupAuthorityLevel,
  LineTypes.BotInfoResponse,
  LineTypes.WebhookEndpointInfoResponse,
  LineTypes.TestWebhookEndpointResponse,
];

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/** 1.1.0's quirks are fixed. */
export type QuirkChecks = [
  Expect<Equal<LineTypes.DatetimePickerAction['data'], string>>,
  Expect<Equal<LineTypes.BasicAudienceGroup['isIfaAudience'], boolean>>,
  Expect<Equal<LineTypes.RichMenu['size'], { width: number; height: number }>>,
  Expect<Equal<LineTypes.NarrowcastProgressResponse['targetCount'], number | undefined>>,
];

/** Factory return types are the precise message types. */
export type FactoryChecks = [
  Expect<Equal<ReturnType<typeof Line.createText>, LineTypes.TextMessage>>,
  Expect<Equal<ReturnType<typeof Line.createButtonTemplate>, LineTypes.TemplateMessage<LineTypes.ButtonsTemplate>>>,
  Expect<Equal<ReturnType<typeof Line.createCarouselTemplate>, LineTypes.TemplateMessage<LineTypes.CarouselTemplate>>>,
  Expect<Equal<ReturnType<typeof Line.createFlex>, LineTypes.FlexMessage>>,
];

/** Unions narrow on their literal `type`. */
export function describeMessage(message: LineTypes.Message): string {
  switch (message.type) {
    case 'text':
      return message.text;
    case 'image':
      return message.previewImageUrl;
    case 'template':
      return message.template.type === 'buttons' ? message.template.text : message.altText;
    case 'flex':
      return message.contents.type === 'bubble' ? (message.contents.size ?? 'mega') : String(message.contents.contents.length);
    default:
      return message.type;
  }
}

export function describeAction(action: LineTypes.Action): string {
  switch (action.type) {
    case 'postback':
    case 'datetimepicker':
    case 'richmenuswitch':
      return action.data;
    case 'clipboard':
      return action.clipboardText;
    case 'uri':
      return action.uri;
    default:
      return action.type;
  }
}

export function describeComponent(component: LineTypes.FlexComponent): string {
  switch (component.type) {
    case 'box':
      return component.layout;
    case 'video':
      return component.previewUrl;
    case 'span':
      return component.text;
    default:
      return component.type;
  }
}

export function describeFilter(filter: LineTypes.DemographicFilterObject): string {
  switch (filter.type) {
    case 'age':
      return `${filter.gte ?? ''}-${filter.lt ?? ''}`;
    case 'area':
      return filter.oneOf.join(',');
    default:
      return filter.type;
  }
}

export function describeRecipient(recipient: LineTypes.RecipientObject): string {
  switch (recipient.type) {
    case 'audience':
      return String(recipient.audienceGroupId);
    case 'redelivery':
      return recipient.requestId;
    default:
      return 'operator';
  }
}

export function quotaValue(quota: LineTypes.MessageQuotaResponse): number {
  return quota.type === 'limited' ? quota.value : Infinity;
}

/** Values that must (and must not) type-check. */
export const samples = {
  baseline: {
    type: 'box',
    layout: 'baseline',
    contents: [{ type: 'icon', url: 'https://example.com/i.png', size: '20px' }, { type: 'text', text: 'x' }],
  } satisfies LineTypes.FlexBox,
  // @ts-expect-error a baseline box takes no buttons
  badBaseline: { type: 'box', layout: 'baseline', contents: [{ type: 'button', action: { type: 'message', label: 'a', text: 'a' } }] } satisfies LineTypes.FlexBox,
  // @ts-expect-error a text needs `text` or `contents`
  emptyText: { type: 'text' } satisfies LineTypes.FlexText,
  // @ts-expect-error an age filter needs `gte` or `lt`
  emptyAge: { type: 'age' } satisfies LineTypes.DemographicObject,
  redelivery: {
    type: 'operator',
    and: [{ type: 'audience', audienceGroupId: 1 }, { type: 'redelivery', requestId: 'r' }],
  } satisfies LineTypes.RecipientObject,
  richMenu: {
    size: { width: 2500, height: 1686 },
    selected: false,
    name: 'menu',
    chatBarText: 'Tap',
    areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: { type: 'richmenuswitch', richMenuAliasId: 'a', data: 'd' } }],
  } satisfies LineTypes.RichMenu,
  textOptions: { emojis: [{ index: 0, productId: 'p', emojiId: '001' }], quoteToken: 'q', sender: { name: 'n' } } satisfies LineTypes.TextMessageOptions,
};
