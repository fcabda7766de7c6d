import type { FastifyRequest, FastifyServerOptions } from 'fastify';

export interface LogSettings {
  /** pino's level: trace, debug, info, warn, error, fatal or silent. */
  readonly level: string;
  /** Where the JSON lines go; stdout by default. */
  readonly stream?: NodeJS.WritableStream;
}

/**
 * Fastify's pino logger, writing one JSON object a line. A request is logged by method and path
 * only: no query string (a client that puts a token in the URL, against the protocol, does not get
 * it into the logs), no headers, no address (personal data the server has no need to keep).
 */
export function loggerOptions(settings: LogSettings): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: settings.level,
    ...(settings.stream ? { stream: settings.stream } : {}),
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, path: request.url.split('?')[0] }),
    },
  };
}
