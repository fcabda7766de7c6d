// Key tones on a call. RFC 4733 (in the RTP stream) when the call negotiated it, else SIP INFO,
// unless the host forces one of the two: the two ways and the fallback between them live here.
import { SessionState, Web, type Session } from 'sip.js';
import type { PhoneResult } from '../../services/ports/phone.js';
import { isLive, peerConnection, type Slot } from './call-slot.js';
import { webRtcLabels } from './labels.js';
import type { WebRtcPhoneOptions } from './options.js';
import { OK, fail, refused } from './results.js';

export type DtmfMode = NonNullable<WebRtcPhoneOptions['dtmf']>;

/** Sends the tones on the call the agent is talking on; resolves once they are sent. */
export async function sendDtmf(slot: Slot | null, tones: string, mode: DtmfMode): Promise<PhoneResult> {
  if (!/^[0-9*#A-D]+$/i.test(tones)) return fail('not-possible', webRtcLabels.badTones());
  if (!isLive(slot) || slot.session.state !== SessionState.Established) return fail('not-possible', webRtcLabels.noCall());
  if (mode !== 'info') {
    const sent = await sendRtpDtmf(slot, tones.toUpperCase());
    if (sent || mode === 'rfc4733') return sent ? OK : fail('not-possible', webRtcLabels.callFailed());
  }
  for (const tone of tones.toUpperCase()) {
    const result = await sendInfoDtmf(slot.session, tone);
    if (!result.ok) return result;
  }
  return OK;
}

/** RFC 4733 through the sender's RTCDTMFSender; resolves when the tones have been played out. */
async function sendRtpDtmf(slot: Slot, tones: string): Promise<boolean> {
  const sdh = slot.session.sessionDescriptionHandler;
  const dtmf = peerConnection(slot)?.getSenders()[0]?.dtmf;
  if (!(sdh instanceof Web.SessionDescriptionHandler) || !dtmf) return false;
  const played = new Promise<void>((resolve) => {
    const onTone = (event: RTCDTMFToneChangeEvent) => {
      if (event.tone !== '') return;
      dtmf.removeEventListener('tonechange', onTone);
      resolve();
    };
    dtmf.addEventListener('tonechange', onTone);
  });
  if (!sdh.sendDtmf(tones, { duration: 100, interToneGap: 70 })) return false;
  await played;
  return true;
}

function sendInfoDtmf(session: Session, tone: string): Promise<PhoneResult> {
  return new Promise((resolve) => {
    session
      .info({
        requestDelegate: {
          onAccept: () => resolve(OK),
          onReject: (response) => resolve(refused(response.message.statusCode ?? 0)),
        },
        requestOptions: {
          body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=100` },
        },
      })
      .catch(() => resolve(fail('not-possible', webRtcLabels.callFailed())));
  });
}
