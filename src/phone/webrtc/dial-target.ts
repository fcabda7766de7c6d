// What the agent typed as a target (a phone number, a SIP user name, a full SIP address) as the SIP
// address the phone calls or transfers to: dialling and transfer must read a target the same way.
import { UserAgent, type URI } from 'sip.js';

/** The target's SIP address in the phone's own domain, unless it is one already; undefined if it cannot be one. */
export function targetUri(target: string, domain: string): URI | undefined {
  const text = target.trim();
  if (/^sips?:/i.test(text)) return UserAgent.makeURI(text);
  // A phone number loses its spacing and punctuation; a SIP user name is taken as it is.
  const user = /^[+\d\s().-]+$/.test(text) ? text.replace(/[\s().-]/g, '') : text;
  if (!/^[+\w*#.-]+$/.test(user)) return undefined;
  return UserAgent.makeURI(`sip:${user}@${domain}`);
}
