/**
 * Start-up refuses to serve without sign-in on an address other machines can reach: the API reads
 * the whole graph and runs Cypher. Returns the reason (with the way out) or undefined when fine.
 */
import { isLoopbackAddress } from './host-allowlist.ts';

export function checkExposure(settings: { host: string; userCount: number; allowAnonymous: boolean }): string | undefined {
  if (isLoopbackAddress(settings.host) || settings.userCount > 0 || settings.allowAnonymous) return undefined;
  return [
    `HOST=${settings.host} makes the explorer reachable from other machines, and no users are configured.`,
    'Either configure users: `npm run user:add -- <name> viewer|editor` prints an entry for AUTH_USERS',
    '(or appends it to the file named by AUTH_USERS_FILE with --file), or set ALLOW_ANONYMOUS=true to serve',
    'everyone without sign-in (only on a network you trust).',
  ].join('\n');
}
