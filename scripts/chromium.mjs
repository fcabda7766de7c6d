/**
 * Debian's Chromium as every browser-driving script here runs it: as root and offline, so no
 * sandbox and no background calls to hosts that cannot be reached.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
