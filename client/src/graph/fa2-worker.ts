/**
 * ForceAtlas2 iterations in a module worker. graphology's supervisor spawns its worker from a blob
 * URL, which the server's Content-Security-Policy (script-src 'self') rightly refuses; this file is
 * bundled by Vite and served from our own origin instead, with the library's own worker body.
 */
// @ts-expect-error: the library ships no types for its worker body.
import fa2WorkerBody from 'graphology-layout-forceatlas2/webworker.js';

(fa2WorkerBody as () => void)();
