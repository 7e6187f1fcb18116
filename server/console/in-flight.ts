/**
 * Counts console queries in flight, in all and per client, and refuses one more beyond either
 * limit: 429 when this client already has its share, 503 when the console is full. A slot is held
 * until the query's database work has really stopped, not merely until the HTTP answer is sent.
 */
import { AppError } from '../errors.ts';

/** Limits of `createInFlightLimits`. */
export interface InFlightLimits {
  total: number;
  perClient: number;
}

/** Slots of running console queries. */
export interface InFlight {
  /** Takes a slot for `client`. @throws AppError 429 or 503 when none is free. */
  acquire(client: string): void;
  release(client: string): void;
  /** Queries in flight now (all clients). */
  readonly running: number;
}

/** Creates the counters. */
export function createInFlightLimits(limits: InFlightLimits): InFlight {
  const byClient = new Map<string, number>();
  let running = 0;
  return {
    get running() {
      return running;
    },
    acquire(client) {
      const mine = byClient.get(client) ?? 0;
      if (mine >= limits.perClient) {
        throw new AppError(
          429,
          'TOO_MANY_QUERIES',
          `You already have ${mine} console ${mine === 1 ? 'query' : 'queries'} running; wait for ${mine === 1 ? 'it' : 'them'} to finish.`,
        );
      }
      if (running >= limits.total) {
        throw new AppError(503, 'CONSOLE_BUSY', 'The console is running as many queries as it may; try again shortly.');
      }
      running++;
      byClient.set(client, mine + 1);
    },
    release(client) {
      running = Math.max(0, running - 1);
      const mine = (byClient.get(client) ?? 1) - 1;
      if (mine > 0) byClient.set(client, mine);
      else byClient.delete(client);
    },
  };
}
