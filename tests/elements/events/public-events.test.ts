import { expect } from '@open-wc/testing';
import * as api from '../../../src/index.js';
import type { CallControlAction, OutboundCallControlEvent, OutboundErrorEvent, OutboundRecordDoneEvent } from '../../../src/index.js';

type EventClass = (new (detail: object) => Event) & { readonly eventName: string };

function isEventClass(value: unknown): value is EventClass {
  return typeof value === 'function' && value.prototype instanceof Event && 'eventName' in value;
}

/** Every event class the public API exports. */
const eventClasses = Object.entries(api as Record<string, unknown>).flatMap(([name, value]): [string, EventClass][] =>
  isEventClass(value) ? [[name, value]] : [],
);

describe('The public events', () => {
  it('EMB-1: the API exports every event class, each named outbound-*, bubbling and composed', () => {
    expect(eventClasses.map(([name]) => name).sort()).to.deep.equal(
      Object.keys(api)
        .filter((name) => /^Outbound[A-Za-z]+Event$/.test(name))
        .sort(),
    );
    expect(eventClasses.length).to.equal(18);
    for (const [name, EventClass] of eventClasses) {
      const event = new EventClass({});
      expect(EventClass.eventName, name).to.match(/^outbound-[a-z-]+$/);
      expect(event.type, name).to.equal(EventClass.eventName);
      expect(event.bubbles && event.composed, `${name} bubbles out of shadow roots`).to.equal(true);
    }
  });

  it('EMB-1: document and window listeners receive an element’s event from inside a shadow root, typed', () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    const heard: string[] = [];
    // These compile only because the events are declared on GlobalEventHandlersEventMap: the
    // listener's event is the class, with its detail, not a plain Event.
    const onDocument = (event: OutboundCallControlEvent) => {
      const action: CallControlAction = event.detail.action;
      heard.push(`document ${action.type}`);
    };
    const onWindow = (event: OutboundRecordDoneEvent) => heard.push(`window ${event.detail.close}`);
    const onError = (event: OutboundErrorEvent) => heard.push(`window ${event.detail.code}`);
    document.addEventListener('outbound-call-control', onDocument);
    window.addEventListener('outbound-record-done', onWindow);
    window.addEventListener('outbound-error', onError);
    try {
      inner.dispatchEvent(new api.OutboundCallControlEvent({ interactionId: 'i-1', action: { type: 'hold' } }));
      inner.dispatchEvent(new api.OutboundRecordDoneEvent({ interactionId: 'i-1', close: 'done' }));
      inner.dispatchEvent(new api.OutboundErrorEvent({ code: 'phone-error', message: 'The microphone is blocked.', retryable: true }));
    } finally {
      document.removeEventListener('outbound-call-control', onDocument);
      window.removeEventListener('outbound-record-done', onWindow);
      window.removeEventListener('outbound-error', onError);
      host.remove();
    }
    expect(heard).to.deep.equal(['document hold', 'window done', 'window phone-error']);
  });
});
