/**
 * A real PostgreSQL for the tests: a throw-away cluster (initdb in a temp directory), one
 * `postgres` process on a free 127.0.0.1 port, started as a child of the test process and stopped
 * by its PID, then its directory removed. One cluster per test file; a database per use.
 *
 * initdb and postgres refuse to run as root. Run as root (as on these machines), both are spawned
 * with the uid and gid of the `postgres` system user, which owns the temp directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, chownSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { atProcessEnd } from './process-end.js';
import { scratchRoot } from './scratch.js';
import pg from 'pg';

/** Where initdb and postgres may be: $PG_BIN first, then Debian's PostgreSQL 15, then /usr/local/bin. */
const BIN_CANDIDATES = [process.env['PG_BIN'], '/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'].filter(
  (dir): dir is string => typeof dir === 'string' && dir !== '',
);

export interface PostgresCluster {
  readonly port: number;
  readonly pid: number;
  /** The URL of a database of this cluster (`postgres`, the maintenance one, by default). */
  url(database?: string): string;
  /** A new, empty database; its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown) and waits for that PID to exit; removes the cluster's files. */
  stop(): Promise<void>;
}

function binDir(): string {
  const found = BIN_CANDIDATES.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
  if (!found) throw new Error(`initdb and postgres not found in ${BIN_CANDIDATES.join(', ')}; set PG_BIN to their directory`);
  return found;
}

/** Root cannot run PostgreSQL: the ids of the `postgres` user to run it as, or null when not root. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('running as root, and there is no postgres user to run PostgreSQL as');
  return { uid: Number(uid), gid: Number(gid) };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(command: string, args: string[], user: { uid: number; gid: number } | null): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env['PATH'] ?? '', LC_ALL: 'C' }, ...(user ?? {}) });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`${command} exited with ${code}: ${stderr}`))));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => child.once('exit', () => resolveExit()));
}

export async function startPostgres(): Promise<PostgresCluster> {
  const bin = binDir();
  const user = runAs();
  const root = mkdtempSync(join(scratchRoot(), 'outbound-kit-pg-'));
  if (user) chownSync(root, user.uid, user.gid);
  const dataDir = join(root, 'data');
  let child: ChildProcess | null = null;
  // Should the test process end without its after hook (a crash, a closed stdout), the server
  // must not outlive it: immediate shutdown, then its files go, as far as they can at once.
  const forget = atProcessEnd(() => {
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGQUIT');
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  });
  const cleanUp = async () => {
    forget();
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      const stopping = exited(child);
      process.kill(child.pid, 'SIGINT'); // fast shutdown: disconnects clients, no waiting for them
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([stopping.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 10_000)))]);
      clearTimeout(timer);
      if (!stopped) {
        process.kill(child.pid, 'SIGKILL');
        await stopping;
      }
    }
    rmSync(root, { recursive: true, force: true });
  };

  try {
    await run(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C', '--no-instructions'], user);
    let stderr = '';
    // A port found free may be taken before postgres binds it: then try another.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      stderr = '';
      const started = spawn(
        join(bin, 'postgres'),
        // Durability is not what these tests are about: no fsync makes the cluster fast.
        ['-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', root, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env['PATH'] ?? '', LC_ALL: 'C' }, ...(user ?? {}) },
      );
      child = started;
      started.stderr?.on('data', (chunk: Buffer) => {
        if (stderr.length < 20_000) stderr += chunk.toString();
      });
      const url = (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`;
      if (await ready(started, url())) {
        const pid = started.pid;
        if (pid === undefined) throw new Error('postgres started without a PID');
        let databases = 0;
        return {
          port,
          pid,
          url,
          async createDatabase() {
            databases += 1;
            // Not a parameter (CREATE DATABASE takes none): a name made here, of letters and digits only.
            const name = `test_${databases}`;
            await withClient(url(), (client) => client.query(`CREATE DATABASE ${name}`));
            return url(name);
          },
          stop: cleanUp,
        };
      }
      if (attempt >= 3 || !/could not bind|Address already in use/.test(stderr)) throw new Error(`postgres did not start: ${stderr}`);
    }
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Whether the server accepts connections within 20 s; false as soon as it exits. */
async function ready(child: ChildProcess, url: string): Promise<boolean> {
  const deadline = Date.now() + 20_000;
  let gone = false;
  void exited(child).then(() => (gone = true));
  while (!gone && Date.now() < deadline) {
    try {
      await withClient(url, (client) => client.query('SELECT 1'));
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  if (!gone) throw new Error('postgres did not accept connections within 20 s');
  return false;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
