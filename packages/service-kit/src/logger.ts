import { pino } from 'pino';

export type Logger = pino.Logger;

/** JSON lines on stdout; one logger per process, children per request carry `requestId`. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}
