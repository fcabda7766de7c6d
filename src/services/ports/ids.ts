/** Makes the id a command is sent under: the server applies each id once, so it must be unique. */
export type CommandIdFactory = () => string;

let fallbackCounter = 0;

/** A random UUID where the browser has one, else a time-and-counter id that is unique in this page. */
export const randomCommandId: CommandIdFactory = () =>
  globalThis.crypto?.randomUUID?.() ??
  `cmd-${Date.now().toString(36)}-${(fallbackCounter += 1)}-${Math.random().toString(36).slice(2)}`;
