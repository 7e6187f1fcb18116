/** Neo4j access for the server: driver factory, read transactions, value conversion, graph payloads. */
export * from './driver.ts';
export * from './read-query.ts';
export * from './to-native.ts';
export * from './graph-collector.ts';
