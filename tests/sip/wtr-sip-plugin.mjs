// A web-test-runner plugin that gives the SIP tests their proxy: `executeServerCommand('sip-server')`
// answers { wsUrl } (null when wtr runs without scripts/kamailio.mjs around it), and
// `executeServerCommand('sip-proxy', { action: 'stop' | 'start' | 'restart' })` takes that same
// Kamailio down or back up through the wrapper's control endpoint.
export function sipServerPlugin() {
  return {
    name: 'sip-server',
    async executeCommand({ command, payload }) {
      if (command === 'sip-server') return { wsUrl: process.env.SIP_WS_URL ?? null };
      if (command !== 'sip-proxy') return undefined;
      const control = process.env.SIP_CONTROL_URL;
      if (!control) throw new Error('No Kamailio to control: run wtr through scripts/kamailio.mjs');
      const response = await fetch(`${control}/${payload.action}`, { method: 'POST' });
      if (!response.ok) throw new Error(`Kamailio ${payload.action} failed: ${await response.text()}`);
      return response.json();
    },
  };
}
