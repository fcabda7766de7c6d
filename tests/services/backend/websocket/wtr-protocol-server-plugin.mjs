// A web-test-runner plugin that gives the WebSocket client's tests their own protocol server:
// `executeServerCommand('protocol-server', { action: 'start' })` starts protocol-test-server.mjs as
// a child process on 127.0.0.1 and answers { url }; `{ action: 'stop' }` stops exactly that process
// by its PID; any other action (`push`, `frames`, `drop`, `close`, `silence`, `reauth`, `config`,
// `state`, `raw`) goes to its control endpoint. A server left running is stopped when wtr exits.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./protocol-test-server.mjs', import.meta.url));

/** @type {{ child: import('node:child_process').ChildProcess, controlPort: number } | null} */
let running = null;

async function start() {
  await stop();
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ports = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the protocol test server did not start within 5 s')), 5000);
    child.once('exit', (code) => reject(new Error(`the protocol test server exited (${code}) before it was ready`)));
    if (!child.stdout) throw new Error('the protocol test server has no stdout');
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line));
    });
  });
  running = { child, controlPort: /** @type {{ controlPort: number }} */ (ports).controlPort };
  return { url: `ws://127.0.0.1:${/** @type {{ wsPort: number }} */ (ports).wsPort}/agent`, pid: child.pid };
}

async function stop() {
  const current = running;
  running = null;
  if (!current || current.child.exitCode !== null) return { stopped: false };
  const exited = new Promise((resolve) => current.child.once('exit', resolve));
  if (current.child.pid) process.kill(current.child.pid, 'SIGTERM');
  await exited;
  return { stopped: true };
}

process.on('exit', () => {
  if (running?.child.pid && running.child.exitCode === null) process.kill(running.child.pid, 'SIGKILL');
});

export function protocolServerPlugin() {
  return {
    name: 'protocol-server',
    /** @param {{ command: string, payload?: { action?: string } & Record<string, unknown> }} options */
    async executeCommand({ command, payload }) {
      if (command !== 'protocol-server') return undefined;
      const { action, ...rest } = payload ?? {};
      if (action === 'start') return start();
      if (action === 'stop') return stop();
      if (!running) throw new Error(`protocol-server ${action}: no server is running; start one first`);
      const response = await fetch(`http://127.0.0.1:${running.controlPort}/${action}`, { method: 'POST', body: JSON.stringify(rest) });
      if (!response.ok) throw new Error(`protocol-server ${action}: ${await response.text()}`);
      return response.json();
    },
  };
}
