/**
 * Starts and stops the HTTP server. `close()` stops accepting connections, ends idle keep-alive
 * sockets at once and gives in-flight requests a grace period, so shutdown is quick and clean.
 */
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import type express from 'express';

/** A running server. */
export interface WebServer {
  /** Base URL to open, e.g. `http://127.0.0.1:3000` (a loopback URL when listening on every interface). */
  url: string;
  /** The address actually bound, as the OS reports it: `0.0.0.0:3000`, `[::]:3000`, `127.0.0.1:3000`. */
  listening: string;
  port: number;
  server: http.Server;
  /** Stops the server; resolves when every connection has ended. */
  close(graceMs?: number): Promise<void>;
}

/** Listens on `port` (0 = any free port) and `host` (default all interfaces). */
export function startWebServer(app: express.Application, port: number, host?: string): Promise<WebServer> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = host && host !== '0.0.0.0' && host !== '::' ? host : '127.0.0.1';
      resolve({
        url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`,
        port: address.port,
        listening: `${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`,
        server,
        close: (graceMs = 5_000) =>
          new Promise<void>((done, fail) => {
            const timer = setTimeout(() => server.closeAllConnections(), graceMs);
            timer.unref();
            server.close((err) => {
              clearTimeout(timer);
              if (err) fail(err);
              else done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
