declare const __extractImport: ((specifier: string) => Promise<unknown>) | undefined;

/**
 * import(), for the two modules loaded on demand (chalk, node:worker_threads). The bundled CLI is a
 * vm.Script compiled from V8's code cache (src/run/start.ts), and on Node 20 such a script cannot call
 * import() itself: src/run/start.ts hands it an import function as `__extractImport`. Everywhere else
 * (the library, dist/cli/cli.js) that is undefined and this module's own import() is used.
 */
export function importModule<T>(specifier: string): Promise<T> {
  return typeof __extractImport === 'function' ? (__extractImport(specifier) as Promise<T>) : (import(specifier) as Promise<T>);
}
