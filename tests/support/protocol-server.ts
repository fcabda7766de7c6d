import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Drives this test's own outbound-kit.v1 server (tests/services/backend/websocket/
 * protocol-test-server.mjs, started and stopped by PID through the wtr plugin): `start` answers
 * { url }, `stop` ends it; `push`, `frames`, `drop`, `close`, `silence`, `reauth`, `config`, `state`
 * and `raw` act on it.
 */
export function protocolServer<T = Record<string, unknown>>(action: string, payload: Record<string, unknown> = {}): Promise<T> {
  return executeServerCommand<T, Record<string, unknown>>('protocol-server', { action, ...payload });
}
