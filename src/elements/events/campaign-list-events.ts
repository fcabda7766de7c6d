/** The detail of every campaign-list event: which campaign the agent acted on. */
export interface CampaignEventDetail {
  readonly campaignId: string;
}

abstract class CampaignEvent extends Event {
  constructor(
    type: string,
    readonly detail: CampaignEventDetail,
    cancelable: boolean,
  ) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/** The agent selected a campaign row. Fires for user actions only. */
export class OutboundCampaignSelectEvent extends CampaignEvent {
  static readonly eventName = 'outbound-campaign-select';
  constructor(detail: CampaignEventDetail) {
    super(OutboundCampaignSelectEvent.eventName, detail, false);
  }
}

/**
 * The agent chose Get Record. Cancel it (`preventDefault()`) to keep the request from being sent.
 * For Direct Push-Preview it also starts the flow of records.
 */
export class OutboundRecordRequestEvent extends CampaignEvent {
  static readonly eventName = 'outbound-record-request';
  constructor(detail: CampaignEventDetail) {
    super(OutboundRecordRequestEvent.eventName, detail, true);
  }
}

/** The agent chose Stop on a Direct Push-Preview campaign. Cancelable, like a record request. */
export class OutboundDeliveryStopEvent extends CampaignEvent {
  static readonly eventName = 'outbound-delivery-stop';
  constructor(detail: CampaignEventDetail) {
    super(OutboundDeliveryStopEvent.eventName, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'outbound-campaign-select': OutboundCampaignSelectEvent;
    'outbound-record-request': OutboundRecordRequestEvent;
    'outbound-delivery-stop': OutboundDeliveryStopEvent;
  }
}
