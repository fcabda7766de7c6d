/**
 * The kit's back end over an `outbound-kit.v1` WebSocket (docs/protocol/), a separate entry so that
 * a page on the simulator or another adapter never downloads it:
 * `provider.backend = createWebSocketBackend({ url: 'wss://…', token: () => getAccessToken() })`.
 */
export { createWebSocketBackend, WebSocketBackend, type WebSocketBackendOptions } from './services/backend/websocket/websocket-backend.js';
export type { ConnectionOptions, ConnectionState, OfflineReason, SocketLike } from './services/backend/websocket/connection.js';
export { PROTOCOL, MAX_FRAME_BYTES } from './services/ports/backend/protocol-frames.js';
