/**
 * Host allowlist: a request whose Host header is not one of ours gets 421. This defeats DNS
 * rebinding (a page on evil.example whose name is re-pointed to 127.0.0.1 still sends
 * `Host: evil.example`). By default the loopback names, on any port, plus the listening address
 * when it is a specific one; `ALLOWED_HOSTS` replaces the default, `*` turns the check off.
 */
import type { RequestHandler } from 'express';
import { isIP } from 'node:net';
import { AppError } from '../errors.ts';

export const LOOPBACK_HOST_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** True for `localhost`, `127.0.0.0/8` and `::1` (with or without brackets). */
export function isLoopbackAddress(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'));
}

/** True for the wildcard addresses that listen on every interface. */
export function isWildcardAddress(host: string): boolean {
  return ['0.0.0.0', '::', '[::]', ''].includes(host.trim());
}

/** `host` as it appears in a Host header (IPv6 in brackets, lower case). */
export function hostHeaderName(host: string): string {
  const h = host.trim().toLowerCase();
  return isIP(h) === 6 ? `[${h}]` : h;
}

/** The allowlist in force: `configured` when given, else the loopback names (+ a specific listening address). */
export function resolveAllowedHosts(configured: string[], listenHost: string): string[] {
  if (configured.length) return configured.map((h) => h.toLowerCase());
  const names: string[] = [...LOOPBACK_HOST_NAMES];
  if (!isWildcardAddress(listenHost) && !names.includes(hostHeaderName(listenHost))) names.push(hostHeaderName(listenHost));
  return names;
}

/** Splits a Host header into name and port (`[::1]:3000` → `[::1]`, `3000`). */
function splitHost(header: string): { name: string; port?: string } | undefined {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(header.trim().toLowerCase());
  if (!m) return undefined;
  return { name: m[1]!.replace(/\.$/, ''), port: m[2] };
}

/** True when `header` matches an entry: `name` (any port) or `name:port` (that port). */
export function hostAllowed(header: string | undefined, allowed: string[]): boolean {
  if (allowed.includes('*')) return true;
  if (!header) return false;
  const host = splitHost(header);
  if (!host) return false;
  return allowed.some((entry) => {
    const e = splitHost(entry);
    if (!e) return false;
    return e.name === host.name && (e.port === undefined || e.port === host.port);
  });
}

/** Middleware answering 421 to requests for any other host. */
export function createHostAllowlist(allowed: string[]): RequestHandler {
  return (req, _res, next) => {
    if (hostAllowed(req.headers.host, allowed)) next();
    else
      next(
        new AppError(
          421,
          'HOST_NOT_ALLOWED',
          'This server does not answer for that host name. Add it to ALLOWED_HOSTS (comma-separated) to allow it.',
        ),
      );
  };
}
