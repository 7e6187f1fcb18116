// Entry of an extraction worker thread: plain JavaScript, so it loads without a TypeScript loader,
// then registers tsx (a dependency) for this thread and loads the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./extraction-worker.ts');
