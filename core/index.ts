/** Framework-free core: graph model, keys and schemas shared by ingest, server and client. */
export * from './model.ts';
export * from './keys.ts';
export * from './extraction-result.ts';
export * from './api-schemas.ts';
export * from './cameo.ts';
export * from './fact-status.ts';
export * from './text-offsets.ts';
export * from './auth-schemas.ts';
export * from './document-upload-schemas.ts';
export * from './json-depth.ts';
