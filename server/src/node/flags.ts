/**
 * Node flags the language server runs with (the client passes them as execArgv, the benchmark
 * measures the engine with them).
 */
export const SERVER_FLAGS: string[] = [];
