/**
 * import(), for the two modules loaded on demand (chalk, node:worker_threads). The bundled CLI is a
 * script compiled from V8's code cache (bin/extract.js), and on Node 20 such a script cannot call
 * import() itself ("A dynamic import callback was not specified"): bin/extract.js hands it an
 * import function as `__extractImport`. Everywhere else (the library, dist/cli.js) it is undefined
 * and the module's own import() is used.
 */
declare const __extractImport: ((specifier: string) => Promise<unknown>) | undefined;

export function importModule<T>(specifier: string): Promise<T> {
  return typeof __extractImport === 'function' ? (__extractImport(specifier) as Promise<T>) : (import(specifier) as Promise<T>);
}
