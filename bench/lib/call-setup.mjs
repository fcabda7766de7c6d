// 6. Call setup through the real Kamailio (Accept → connected → first audio packet with the kit's
// WebRTC phone, against a raw sip.js call in the same run). Not measured yet: this is the hook the
// WebRTC work fills in. Contract: `measureCallSetup({ tab, rounds, throttle })` resolves to
// `{ status: 'measured', kitMs, rawMs, ratio: { median, min, max, rounds }, overheadMs }`, or to
// `{ status: 'not measured yet', reason }`. It runs inside `scripts/kamailio.mjs` (which starts and
// stops Kamailio) when `npm run bench -- --call-setup` is given.
export async function measureCallSetup() {
  return {
    status: 'not measured yet',
    reason: 'needs the WebRTC phone against Kamailio (tests/sip); to be filled in by the WebRTC work',
    goal: 'kit overhead ≤ 5 % (or 50 ms) over a raw sip.js call',
  };
}
