import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { sipServerPlugin } from './tests/sip/wtr-sip-plugin.mjs';
import { protocolServerPlugin } from './tests/services/backend/websocket/wtr-protocol-server-plugin.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One page at a time: Chromium gives a page it considers hidden no animation frames, and the kit
  // renders and announces on animation frames. The whole suite still runs in seconds.
  concurrency: 1,
  // Lit's one-line dev-mode notice is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    // The WebRTC phone tests' Kamailio (started around wtr by scripts/kamailio.mjs).
    sipServerPlugin(),
    // The WebSocket client's tests: an outbound-kit.v1 server of their own, by PID.
    protocolServerPlugin(),
    // The accessibility tree as Chromium exposes it (landmarks, headings and their levels, names).
    a11ySnapshotPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        // A fake microphone (it plays a tone, so audio flows) granted without a prompt, for the
        // WebRTC phone tests.
        args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
      },
    }),
  ],
  testFramework: {
    config: { timeout: 10000 },
  },
};
