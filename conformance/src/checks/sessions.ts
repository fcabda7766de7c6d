/** Auth, resume and connections of one agent (docs/protocol/README.md: Handshake, Sequence, Heartbeat). */
import { command, commandId, expectClosedWith, expectThat, liveSession, loggedEvents, quiet, Skipped, type Check } from '../check.js';

export const authChecks: readonly Check[] = [
  {
    id: 'auth/bad-token',
    group: 'auth',
    title: 'BE-1: a hello with a token the server does not accept is closed with 4401',
    async run(target) {
      const socket = await target.open();
      socket.hello('not-a-token-this-server-issued');
      await expectClosedWith(socket, 4401, 'the close after a bad token');
    },
  },
  {
    id: 'auth/reauth',
    group: 'auth',
    title: 'BE-1: a fresh token sent as reauth is accepted (reauth-ok) and the session goes on; a bad one closes with 4401',
    async run(target) {
      const { socket } = await liveSession(target);
      socket.send({ v: 1, kind: 'reauth', token: target.token });
      const ok = await socket.nextKind('reauth-ok', 'reauth-ok after a good token');
      expectThat(typeof ok['expiresAt'] === 'number', 'reauth-ok without expiresAt');
      const answer = await command(socket, { type: 'set-im-login', commandId: commandId('im'), loggedIn: false });
      expectThat(answer.type === 'command-accepted' || answer.type === 'command-rejected', 'no answer after reauth');
      socket.send({ v: 1, kind: 'reauth', token: 'not-a-token-this-server-issued' });
      await expectClosedWith(socket, 4401, 'the close after a bad reauth token');
    },
  },
  {
    id: 'auth/agents-apart',
    group: 'auth',
    title: 'BE-1: two agents’ connections are apart: one agent’s commands and events never reach the other',
    async run(target) {
      if (!target.otherAgentToken) throw new Skipped('needs a token for a second agent (--other-token)');
      const first = await liveSession(target);
      const second = await liveSession(target, { token: target.otherAgentToken });
      expectThat(first.welcome['agentId'] !== second.welcome['agentId'], `both tokens were welcomed as agent ${String(first.welcome['agentId'])}`);
      const id = commandId('apart');
      await command(first.socket, { type: 'set-im-login', commandId: id, loggedIn: false });
      await quiet(second.socket);
      expectThat(!loggedEvents(second.socket).some((event) => event.corr === id), 'the second agent received the answer to the first agent’s command');
      expectThat(first.socket.closed === null, 'the second agent’s connection closed the first agent’s');
      first.socket.close();
      second.socket.close();
    },
  },
];

export const resumeChecks: readonly Check[] = [
  {
    id: 'resume/replay',
    group: 'resume',
    title: 'BE-2: a desk that lost its connection after event N resumes: exactly N+1… are replayed, in order, no gap, no duplicate, no snapshot',
    async run(target) {
      const first = await liveSession(target);
      const id = commandId('login');
      await command(first.socket, { type: 'login', commandId: id, agentId: String(first.welcome['agentId']) });
      await quiet(first.socket);
      const seen = loggedEvents(first.socket);
      expectThat(seen.length >= 2, `a login gave ${seen.length} logged event(s); the check needs at least 2`);
      seen.forEach((event, index) => {
        if (index > 0) expectThat(event.seq === (seen[index - 1]?.seq ?? 0) + 1, `seq ${event.seq} follows ${String(seen[index - 1]?.seq)}: a gap or a repeat`);
      });
      const resumeAfter = seen[0].seq;
      first.socket.cut();
      const again = await liveSession(target, { resume: { epoch: first.welcome.epoch, lastSeq: resumeAfter } });
      expectThat(again.welcome.resumed, `resume from seq ${resumeAfter} of ${seen.length} events was not replayed (welcome.resumed false)`);
      const last = seen[seen.length - 1].seq;
      await again.socket.next(`the replay up to seq ${last}`, (frame) => frame.kind === 'evt' && frame['seq'] === last);
      const replayed = loggedEvents(again.socket).filter((event) => event.seq <= last);
      expectThat(
        replayed.map((event) => event.seq).join(',') === seen.slice(1).map((event) => event.seq).join(','),
        `replayed seq ${replayed.map((event) => event.seq).join(',')}, expected ${seen.slice(1).map((event) => event.seq).join(',')}`,
      );
      replayed.forEach((event, index) => expectThat(event.text === seen[index + 1]?.text, `the replayed event ${event.seq} differs from the one first sent`));
      expectThat(!again.socket.frames.some((frame) => frame.kind === 'snapshot-begin'), 'a resumed session also got a snapshot');
      again.socket.close();
    },
  },
  {
    id: 'resume/new-epoch',
    group: 'resume',
    title: 'BE-2: a resume point from another epoch, or ahead of the log, gets a snapshot, not a replay',
    async run(target) {
      const first = await liveSession(target);
      first.socket.close();
      const otherEpoch = await liveSession(target, { resume: { epoch: `not-${first.welcome.epoch}`, lastSeq: first.welcome.seq } });
      expectThat(!otherEpoch.welcome.resumed, 'a resume point from another epoch was replayed');
      otherEpoch.socket.close();
      const ahead = await liveSession(target, { resume: { epoch: first.welcome.epoch, lastSeq: first.welcome.seq + 1000 } });
      expectThat(!ahead.welcome.resumed, 'a resume point ahead of the log was replayed');
      ahead.socket.close();
    },
  },
  {
    id: 'resume/half-open',
    group: 'resume',
    title: 'BE-3: a desk that stops answering (a half-open socket) is closed by the server within two heartbeat intervals',
    async run(target) {
      const { socket, welcome } = await liveSession(target);
      if (welcome.heartbeatMs > 5000 && !target.slow) throw new Skipped(`the server's heartbeat is ${welcome.heartbeatMs} ms; run with --slow to wait for two`);
      socket.deafen();
      const closed = await socket.closure('the server closing a silent connection', 2 * welcome.heartbeatMs + welcome.heartbeatMs / 2 + 1000);
      expectThat(closed.code === 4408 || closed.code === 1006, `closed with ${closed.code}, not 4408`);
    },
  },
];

export const multiConnectionChecks: readonly Check[] = [
  {
    id: 'multi-connection/one-stream',
    group: 'multi-connection',
    title: 'BE-4: a second connection of one agent continues the same stream (same epoch, seq goes on) and replaces the first (4409)',
    async run(target) {
      const first = await liveSession(target);
      await command(first.socket, { type: 'set-im-login', commandId: commandId('im'), loggedIn: false });
      await quiet(first.socket);
      const lastSeq = Math.max(first.welcome.seq, ...loggedEvents(first.socket).map((event) => event.seq));
      const second = await liveSession(target, { resume: { epoch: first.welcome.epoch, lastSeq } });
      await expectClosedWith(first.socket, 4409, 'the first connection being replaced');
      expectThat(second.welcome.epoch === first.welcome.epoch, 'the second connection got another epoch');
      expectThat(second.welcome.resumed, 'the second connection could not resume the first one’s stream');
      const id = commandId('im');
      await command(second.socket, { type: 'set-im-login', commandId: id, loggedIn: false });
      const answered = loggedEvents(second.socket).find((event) => event.corr === id);
      expectThat(answered !== undefined && answered.seq > lastSeq, `the second connection’s answer has seq ${String(answered?.seq)}, not after ${lastSeq}`);
      second.socket.close();
    },
  },
];
