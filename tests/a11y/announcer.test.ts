import { expect, nextFrame } from '@open-wc/testing';
import { Announcer } from '../../src/a11y/announcer.js';

describe('Announcer', () => {
  let announcer: Announcer;
  beforeEach(() => {
    announcer = new Announcer();
    announcer.attach();
  });
  afterEach(() => announcer.detach());

  it('A11Y-2: has a polite status region and an assertive alert region in the document before any message', () => {
    const { polite, assertive } = announcer.liveRegions;
    expect(polite.parentNode).to.equal(document.body);
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(assertive.getAttribute('role')).to.equal('alert');
    expect(assertive.getAttribute('aria-live')).to.equal('assertive');
    expect(polite.textContent).to.equal('');
  });

  it('A11Y-2: says a message on the next frame, in the region its urgency asks for', async () => {
    announcer.announce('Campaign selected');
    announcer.announce('Server refused', 'assertive');
    await nextFrame();
    expect(announcer.liveRegions.polite.textContent).to.equal('Campaign selected');
    expect(announcer.liveRegions.assertive.textContent).to.equal('Server refused');
  });

  it('A11Y-2: repeats the same message by clearing the region first', async () => {
    const region = announcer.liveRegions.polite;
    const mutations: string[] = [];
    const observer = new MutationObserver(() => mutations.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    announcer.announce('Requesting a record');
    await nextFrame();
    announcer.announce('Requesting a record');
    await nextFrame();
    observer.disconnect();
    expect(mutations.filter((text) => text === 'Requesting a record')).to.have.length(2);
    expect(mutations).to.include('');
  });

  it('A11Y-2: messages of one frame (several elements reacting to one burst) are all read, in order, each once', async () => {
    announcer.announce('Voice is now Ready.');
    announcer.announce('New record from Renewals: Dana Whitfield.');
    announcer.announce('Voice is now Ready.');
    announcer.announce('Server refused', 'assertive');
    await nextFrame();
    expect(announcer.liveRegions.polite.textContent).to.equal('Voice is now Ready. New record from Renewals: Dana Whitfield.');
    expect(announcer.liveRegions.assertive.textContent).to.equal('Server refused');
    announcer.announce('Next frame');
    await nextFrame();
    expect(announcer.liveRegions.polite.textContent).to.equal('Next frame');
  });

  it('A11Y-2, issue 12 #10: messages merged in one frame are read as sentences: a full stop where one lacks it, never doubled', async () => {
    announcer.announce('Call ended');
    announcer.announce('Dialing +442079460000…');
    announcer.announce('Connected to Dana Whitfield');
    announcer.announce('Is the contact there?');
    announcer.announce('Done.');
    await nextFrame();
    expect(announcer.liveRegions.polite.textContent).to.equal(
      'Call ended. Dialing +442079460000… Connected to Dana Whitfield. Is the contact there? Done.',
    );
    // A message said alone is left as it was written.
    announcer.announce('Call ended');
    await nextFrame();
    expect(announcer.liveRegions.polite.textContent).to.equal('Call ended');
  });

  it('stays visually hidden but not hidden from assistive technology', () => {
    const region = announcer.liveRegions.polite;
    const rect = region.getBoundingClientRect();
    expect(rect.width).to.be.at.most(1);
    expect(region.hidden).to.equal(false);
    expect(region.getAttribute('aria-hidden')).to.equal(null);
  });
});
