import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/elements/reschedule-callback/define.js';
import type { RescheduleCallback } from '../../../src/elements/reschedule-callback/reschedule-callback.js';
import { setKitLocale } from '../../../src/localization/localization.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { connectPreviewCall, mountKit, type MountedKit, until } from '../../support/mount-kit.js';
import { text } from '../../support/preview-fixture.js';
import { recordSpeech } from '../../support/speech.js';
import { $ } from '../../support/dom.js';


/** Opens the form, types the date and the time as the agent would, and schedules. */
async function schedule(kit: MountedKit, el: RescheduleCallback, date: string, time: string) {
  $(el, '#schedule')!.focus();
  await sendKeys({ press: 'Space' });
  await kit.advance(0);
  $(el, '#date')!.focus();
  await sendKeys({ type: date });
  $(el, '#time')!.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: time });
  await kit.advance(0);
}

describe('<reschedule-callback> times on the kit’s clock', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    kit?.provider.remove();
    kit = undefined;
    await setKitLocale('en');
  });

  for (const [locale, agent, contact] of [
    ['en', /Nov 3, 2026, 19:45 GMT\+1/, /Nov 3, 2026, 12:45 CST/],
    ['de', /3\. Nov\. 2026, 19:45 MEZ/, /3\. Nov\. 2026, 12:45 GMT-6/],
  ] as const) {
    it(`CB-4, issue 12 #11: a time typed on the 24-hour clock is shown and confirmed on it, in the kit’s locale (${locale})`, async () => {
      await setKitLocale(locale);
      kit = await mountKit(html`<reschedule-callback></reschedule-callback>`, {
        campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview' })],
        odds: alwaysAnswers,
      });
      const el = kit.get<RescheduleCallback>('reschedule-callback');
      await connectPreviewCall(kit);
      await schedule(kit, el, '2026-11-03', '19:45');
      // While typing: the contact's clock, in the same format.
      expect(text($(el, '#contact-time'))).to.match(contact);
      const speech = recordSpeech();
      $(el, '#submit')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(kit, () => $(el, '[part="scheduled"]') !== null, 'Callback scheduled');
      const shown = text($(el, '[part="scheduled"]')) ?? '';
      expect(shown).to.match(agent);
      expect(shown).to.match(contact);
      expect(shown).to.not.match(/\b(AM|PM)\b/);
      await kit.advance(0);
      const said = speech.take().join(' ');
      expect(said).to.match(agent);
      expect(said).to.not.match(/\b(AM|PM)\b/);
      speech.stop();
      await expect(el).to.be.accessible();
    });
  }
});
