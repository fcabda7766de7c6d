// Mints an HS256 access token for an agent with the server's AUTH_SECRET, for development and
// tests against a server started with that secret:
//   AUTH_SECRET=... npx tsx src/tools/mint-token.ts agent-9 [--lifetime 3600] [--issuer X] [--audience Y]
// The secret comes from the environment only: a command-line argument would show in `ps`.
import { parseArgs } from 'node:util';
import { MIN_SECRET_BYTES } from '../auth/agent-tokens.js';
import { mintAgentToken } from '../auth/mint-token.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lifetime: { type: 'string', default: '3600' }, issuer: { type: 'string' }, audience: { type: 'string' } },
});
const secret = process.env.AUTH_SECRET ?? '';
const lifetimeSec = Number(values.lifetime);
const [agentId] = positionals;
if (Buffer.byteLength(secret) < MIN_SECRET_BYTES || !agentId || !Number.isInteger(lifetimeSec) || lifetimeSec <= 0) {
  process.stderr.write(`usage: AUTH_SECRET=<at least ${MIN_SECRET_BYTES} bytes> mint-token <agent-id> [--lifetime seconds] [--issuer X] [--audience Y]\n`);
  process.exit(2);
}
process.stdout.write(`${await mintAgentToken(secret, agentId, { lifetimeSec, issuer: values.issuer ?? process.env.JWT_ISSUER, audience: values.audience ?? process.env.JWT_AUDIENCE })}\n`);
