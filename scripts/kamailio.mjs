// Runs a real Kamailio (SIP over WebSocket on 127.0.0.1) around a command, for the WebRTC phone tests:
//
//   node scripts/kamailio.mjs wtr                       (npm run test:browser)
//   node scripts/kamailio.mjs npx wtr "tests/sip/**/*.test.ts"
//
// Kamailio runs in its foreground mode (-DD) as our child, with the project's config
// (tests/sip/kamailio.cfg), a runtime directory under the system temp dir and a free port
// (SIP_WS_PORT picks one; KAMAILIO_LOG=1 shows its log). The command gets SIP_WS_URL (ws://127.0.0.1:<port>) and SIP_CONTROL_URL,
// a small HTTP endpoint on 127.0.0.1 through which the tests stop, start and restart this same
// Kamailio (POST /stop, /start, /restart). Afterwards exactly that PID is stopped: when the command
// ends, fails, or this script gets SIGINT/SIGTERM. The exit code is the command's.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, closeSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KAMAILIO = process.env.KAMAILIO_PATH ?? '/usr/sbin/kamailio';
export const KAMAILIO_CONFIG = fileURLToPath(new URL('../tests/sip/kamailio.cfg', import.meta.url));

/** A port that was free a moment ago (Kamailio binds it next; a race is unlikely on 127.0.0.1). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      // A TCP server's address: host and port (a string only for a pipe or socket file).
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts Kamailio and resolves once its WebSocket port accepts connections. The handle stops,
 * starts and restarts that one process (same port, so clients reconnect to the same URL).
 *
 * @param {object} [options]
 * @param {number} [options.port] the WebSocket port (by default SIP_WS_PORT, or else a free one)
 * @param {boolean} [options.log] Kamailio's log on this terminal rather than in its run directory
 *   (by default when KAMAILIO_LOG=1)
 */
export async function startKamailio({ port, log = process.env.KAMAILIO_LOG === '1' } = {}) {
  const wsPort = port ?? (process.env.SIP_WS_PORT ? Number(process.env.SIP_WS_PORT) : await freePort());
  const rundir = mkdtempSync(join(tmpdir(), 'outbound-kit-kamailio-'));
  const logFile = join(rundir, 'kamailio.log');
  let child = null;

  const launch = async () => {
    const out = openSync(logFile, 'a');
    const args = ['-f', KAMAILIO_CONFIG, '-DD', '-E', '-Y', rundir, '-w', rundir, '-m', '64', '-M', '8',
      '-A', `WS_PORT=${wsPort}`, '-A', `CTL_SOCK="unix:${join(rundir, 'kamailio_ctl')}"`];
    const proc = spawn(KAMAILIO, args, { stdio: ['ignore', log ? 'inherit' : out, log ? 'inherit' : out] });
    closeSync(out);
    /** @type {{ code?: number | null, signal?: NodeJS.Signals | null, error?: Error } | null} */
    let exited = null;
    proc.once('exit', (code, signal) => (exited = { code, signal }));
    proc.once('error', (error) => (exited = { error }));
    const deadline = Date.now() + 10_000;
    while (!(await accepts(wsPort))) {
      if (exited || Date.now() > deadline) {
        if (!exited) proc.kill('SIGKILL');
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
        throw new Error(`Kamailio did not start on 127.0.0.1:${wsPort} (${exited?.error?.message ?? (exited ? JSON.stringify(exited) : 'timeout')})\n${tail}`);
      }
      await delay(50);
    }
    child = proc;
  };

  const stop = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    const gone = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
    if (!gone) {
      proc.kill('SIGKILL');
      await exited;
    }
  };

  await launch();
  return {
    port: wsPort,
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    rundir,
    get pid() {
      return child?.pid ?? null;
    },
    stop,
    async start() {
      if (!child) await launch();
    },
    async restart() {
      await stop();
      await launch();
    },
    async dispose() {
      await stop();
      rmSync(rundir, { recursive: true, force: true });
    },
  };
}

/** POST /stop, /start, /restart on 127.0.0.1: the tests' way to take the proxy down and back. */
export async function serveControl(kamailio) {
  const server = createHttpServer(async (request, response) => {
    const action = request.url?.slice(1);
    if (request.method !== 'POST' || !['stop', 'start', 'restart'].includes(action)) {
      response.writeHead(404).end();
      return;
    }
    try {
      await kamailio[action]();
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ pid: kamailio.pid }));
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error.message));
    }
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, url: `http://127.0.0.1:${port}` };
}

async function main(argv) {
  if (argv.length === 0) {
    console.error('usage: node scripts/kamailio.mjs <command> [args...]');
    return 2;
  }
  const kamailio = await startKamailio();
  const control = await serveControl(kamailio);
  console.log(`kamailio: pid ${kamailio.pid}, ${kamailio.wsUrl}`);
  let command = null;
  let cleaning = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      control.server.close();
      control.server.closeAllConnections();
      await kamailio.dispose();
    })());

  // The command gets the signal too; the proxy is stopped by `finally` once the command has exited.
  const signals = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
  let signalled = null;
  for (const signal of Object.keys(signals)) {
    process.on(signal, () => {
      signalled ??= signal;
      if (command && command.exitCode === null && command.signalCode === null) command.kill(signal);
      else void cleanUp().then(() => process.exit(128 + signals[signal]));
    });
  }

  try {
    const [file, ...args] = argv;
    command = spawn(file, args, {
      stdio: 'inherit',
      env: { ...process.env, SIP_WS_URL: kamailio.wsUrl, SIP_CONTROL_URL: control.url },
    });
    return await new Promise((resolve) => {
      command.once('error', (error) => {
        console.error(`kamailio.mjs: cannot run ${file}: ${error.message}`);
        resolve(1);
      });
      command.once('exit', (code, signal) => resolve(signalled ? 128 + signals[signalled] : (code ?? (signal ? 1 : 0))));
    });
  } finally {
    await cleanUp();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
