// docs/protocol/asyncapi.json is the outbound-kit.v1 protocol as an AsyncAPI 3 document, with the
// frames' JSON Schemas generated from the kit's own valibot schemas
// (src/services/ports/backend/protocol-frames.ts), so the document cannot drift from the code:
// `node scripts/protocol-doc.mjs` fails when the committed document differs from what the code
// generates, or when @asyncapi/parser finds an error in it; `--write` regenerates it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Parser } from '@asyncapi/parser';
import { toJsonSchema } from '@valibot/to-json-schema';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const documentPath = join(root, 'docs/protocol/asyncapi.json');

/** The frames' schemas, from the TypeScript source (bundled to a temporary module first). */
async function frameSchemas() {
  const dir = mkdtempSync(join(tmpdir(), 'protocol-doc-'));
  try {
    const outfile = join(dir, 'frames.mjs');
    const backend = join(root, 'src/services/ports/backend');
    await build({
      // The frames, the events they carry and the commands, from the modules that read them.
      stdin: {
        contents: ['protocol-frames', 'event-schema', 'command-schema', 'engine-schema'].map((name) => `export * from ${JSON.stringify(join(backend, `${name}.ts`))};`).join('\n'),
        resolveDir: backend,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Schemas that contain themselves (a disposition code's children), named so a `$ref` can point at them. */
/** @type {Record<string, import('valibot').GenericSchema>} */
let definitions = {};
/** @type {Record<string, unknown>} the definitions' schemas, as the conversions met them */
const components = {};

/** Points a definition's reference at the document's components. */
function componentRefs(value) {
  if (Array.isArray(value)) return value.map(componentRefs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' ? inner.replace('#/$defs/', '#/components/schemas/') : componentRefs(inner)]),
  );
}

/**
 * JSON Schema per frame. `finite` has no JSON Schema keyword and needs none: JSON has no Infinity or NaN.
 * @param {Record<string, import('valibot').GenericSchema>} schemas
 */
function jsonSchemas(schemas) {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      // `check` and `transform` are the kit's own rules past the JSON shape (a real time zone; an
      // unknown field type kept as read-only text): the document says them in words.
      const jsonSchema = /** @type {Record<string, unknown>} */ (componentRefs({ ...toJsonSchema(schema, { errorMode: 'throw', ignoreActions: ['finite', 'check', 'transform'], definitions }) }));
      // The document's schemas are AsyncAPI's dialect; a per-schema $schema would contradict it.
      delete jsonSchema.$schema;
      // Definitions become components of their own, once for the whole document.
      Object.assign(components, jsonSchema.$defs ?? {});
      delete jsonSchema.$defs;
      return [name, jsonSchema];
    }),
  );
}

/** @param {Record<string, unknown>} schemas @param {string} prefix */
function prefixed(schemas, prefix) {
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [`${prefix}${name}`, schema]));
}

/** @param {Record<string, unknown>} schemas @param {string} direction */
function messages(schemas, direction) {
  return Object.fromEntries(
    Object.keys(schemas).map((name) => [
      name,
      { name, title: name, summary: `${direction}: a "${name}" frame.`, contentType: 'application/json', payload: { $ref: `#/components/schemas/${name}` } },
    ]),
  );
}

async function generate() {
  const { PROTOCOL, MAX_FRAME_BYTES, serverFrameSchemas, clientFrameSchemas, wireEventSchemas, commandSchemas, dispositionCodeSchema } = await frameSchemas();
  definitions = { DispositionCode: dispositionCodeSchema };
  const server = jsonSchemas(serverFrameSchemas);
  const client = jsonSchemas(clientFrameSchemas);
  // What an Event frame carries and what a Command frame carries, each a schema of its own.
  const events = prefixed(jsonSchemas(wireEventSchemas), 'Event');
  const commands = prefixed(jsonSchemas(commandSchemas), 'Command');
  /** @type {any} */ (server.Event).properties.event = { oneOf: Object.keys(events).map((name) => ({ $ref: `#/components/schemas/${name}` })) };
  /** @type {any} */ (client.Command).properties.cmd = { oneOf: Object.keys(commands).map((name) => ({ $ref: `#/components/schemas/${name}` })) };
  const refs = (/** @type {Record<string, unknown>} */ schemas) => Object.keys(schemas).map((name) => ({ $ref: `#/channels/agent/messages/${name}` }));
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'outbound-kit agent desk protocol',
      version: '1.0.0',
      description:
        `The ${PROTOCOL} WebSocket protocol between an agent desk (the client) and an outbound campaign server, ` +
        'as the server sees it. One JSON object per text frame, at most ' +
        `${MAX_FRAME_BYTES} bytes. The connection layer (handshake, resume by sequence number, snapshots, heartbeats, ` +
        're-authentication, idempotent commands, close codes) is specified in docs/protocol/README.md; this document ' +
        'gives every frame\'s schema, generated from the kit\'s own validation (scripts/protocol-doc.mjs).',
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:8787',
        protocol: 'ws',
        description: `A server on this machine. Offer the subprotocol ${PROTOCOL} (Sec-WebSocket-Protocol).`,
      },
    },
    channels: {
      agent: {
        address: '/agent',
        title: 'One agent desk',
        description: 'One connection per desk. The first client frame is Hello; the server answers Welcome.',
        messages: { ...messages(client, 'client to server'), ...messages(server, 'server to client') },
      },
    },
    operations: {
      receiveClientFrames: {
        action: 'receive',
        title: 'Frames the desk sends',
        channel: { $ref: '#/channels/agent' },
        messages: refs(client),
      },
      sendServerFrames: {
        action: 'send',
        title: 'Frames the server sends',
        channel: { $ref: '#/channels/agent' },
        messages: refs(server),
      },
    },
    components: { schemas: { ...client, ...server, ...commands, ...events, ...components } },
  };
}

const generated = await generate();
const text = `${JSON.stringify(generated, null, 2)}\n`;
if (process.argv.includes('--write')) {
  writeFileSync(documentPath, text);
  console.log(`protocol-doc: wrote ${documentPath}`);
}
const committed = readFileSync(documentPath, 'utf8');
const problems = [];
if (committed !== text) problems.push('docs/protocol/asyncapi.json differs from what the code generates: run `node scripts/protocol-doc.mjs --write` and commit it');
const diagnostics = await new Parser().validate(committed);
for (const diagnostic of diagnostics) {
  // 0: error; warnings (1) and hints are printed, not fatal.
  const where = diagnostic.path.join('.');
  if (diagnostic.severity === 0) problems.push(`AsyncAPI: ${diagnostic.message} (${where})`);
  else console.log(`protocol-doc: note: ${diagnostic.message} (${where})`);
}
if (problems.length > 0) {
  console.error(`protocol-doc: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`protocol-doc: docs/protocol/asyncapi.json matches the code (${Object.keys(generated.components.schemas).length} schemas: frames, events, commands) and is valid AsyncAPI 3.`);
}
