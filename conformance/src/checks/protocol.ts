/** Negotiation, frames and their errors (docs/protocol/README.md: Transport, Envelope, Handshake, Errors). */
import { MAX_FRAME_BYTES } from '../../../src/services/ports/backend/protocol-frames.js';
import { command, commandId, expectClosedWith, expectRefused, expectThat, liveSession, type Check } from '../check.js';

export const protocolChecks: readonly Check[] = [
  {
    id: 'protocol/negotiation',
    group: 'protocol',
    title: 'BE-1: the server selects outbound-kit.v1, answers hello with a valid welcome, and a first connection gets a whole snapshot',
    async run(target) {
      const { socket, welcome, snapshot } = await liveSession(target);
      expectThat(socket.protocol === 'outbound-kit.v1', `the server selected the subprotocol "${socket.protocol}", not outbound-kit.v1`);
      expectThat(!welcome.resumed, 'a first connection (no resume in hello) was welcomed as resumed');
      expectThat(welcome['protocol'] === 'outbound-kit.v1', 'the welcome names another protocol');
      expectThat(Array.isArray(snapshot), 'no snapshot');
      socket.close();
    },
  },
  {
    id: 'protocol/hello-first',
    group: 'protocol',
    title: 'BE-1: a connection whose first frame is not hello is closed with 4400',
    async run(target) {
      const socket = await target.open();
      socket.send({ v: 1, kind: 'ping', t: 1 });
      await expectClosedWith(socket, 4400, 'the close after a first frame that is not hello');
    },
  },
  {
    id: 'protocol/hello-without-v1',
    group: 'protocol',
    title: 'BE-1: a hello that does not offer outbound-kit.v1 is closed with 4400',
    async run(target) {
      const socket = await target.open();
      socket.hello(target.token, { protocols: ['outbound-kit.v0'] });
      await expectClosedWith(socket, 4400, 'the close after a hello without outbound-kit.v1');
    },
  },
  {
    id: 'protocol/malformed-frame',
    group: 'protocol',
    title: 'BE-1: a malformed frame is answered with an error naming the field, and the connection stays',
    async run(target) {
      const { socket } = await liveSession(target);
      socket.send('{ not json');
      const notJson = await socket.nextKind('error', 'an error frame for text that is not JSON');
      expectThat(notJson['code'] === 'malformed-frame', `the error for text that is not JSON is "${String(notJson['code'])}", not malformed-frame`);
      socket.send({ v: 1, kind: 'ping', t: 'soon' });
      const badField = await socket.nextKind('error', 'an error frame for a ping whose t is text');
      expectThat(badField['code'] === 'malformed-frame' && badField['field'] === 't', `the error for a bad t is ${String(badField['code'])} naming "${String(badField['field'])}", not malformed-frame naming "t"`);
      socket.send({ v: 1, kind: 'ping', t: 42 });
      const pong = await socket.next('a pong after the errors: the connection stays', (frame) => frame.kind === 'pong' && frame['t'] === 42);
      expectThat(pong['t'] === 42, 'the pong does not carry the ping’s t');
      expectThat(socket.closed === null, 'the server closed the connection');
      socket.close();
    },
  },
  {
    id: 'protocol/unknown-kind',
    group: 'protocol',
    title: 'BE-1: a frame of a kind the server does not speak is answered with unknown-kind; the connection stays',
    async run(target) {
      const { socket } = await liveSession(target);
      socket.send({ v: 1, kind: 'telepathy' });
      const error = await socket.nextKind('error', 'an error frame for an unknown kind');
      expectThat(error['code'] === 'unknown-kind', `the error is "${String(error['code'])}", not unknown-kind`);
      socket.send({ v: 1, kind: 'ping', t: 7 });
      await socket.next('a pong after the error', (frame) => frame.kind === 'pong' && frame['t'] === 7);
      socket.close();
    },
  },
  {
    id: 'protocol/oversized-frame',
    group: 'protocol',
    title: `BE-1: a frame over ${MAX_FRAME_BYTES} bytes closes the connection with 1009; the server goes on serving`,
    async run(target) {
      const { socket } = await liveSession(target);
      socket.send(JSON.stringify({ v: 1, kind: 'ping', t: 1, pad: 'x'.repeat(MAX_FRAME_BYTES) }));
      await expectClosedWith(socket, 1009, 'the close after an oversized frame');
      const again = await liveSession(target);
      again.socket.close();
    },
  },
  {
    id: 'protocol/unknown-command',
    group: 'protocol',
    title: 'BE-1: an unknown command is refused as unknown-command, a malformed one as malformed-command naming the field, each answered once',
    async run(target) {
      const { socket } = await liveSession(target);
      const unknown = await command(socket, { type: 'teleport', commandId: commandId('teleport') });
      expectRefused(unknown, 'unknown-command', 'an unknown command');
      const malformed = await command(socket, { type: 'set-channel-status', commandId: commandId('bad-status'), channel: 'voice', status: 'asleep' });
      expectThat(
        malformed.type === 'command-rejected' && malformed.code === 'malformed-command' && malformed.params?.['field'] === 'cmd.status',
        `a command with a bad status was answered ${malformed.type} ${malformed.code ?? ''} naming ${String(malformed.params?.['field'])}, not malformed-command naming cmd.status`,
      );
      socket.close();
    },
  },
];
