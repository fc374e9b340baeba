/**
 * Where the build's files are: the folder this module is in, dist/ once built (src/ when the
 * sources run under tsx). Modules in subfolders find files through it, not through their own
 * import.meta.url: in the bundled CLI and worker (dist/cli.bundle.cjs, dist/worker.bundle.js)
 * every module's import.meta.url is the bundle's, so only a module at the top of dist/ may read it
 * (scripts/bundle.mjs fails the build otherwise).
 */
export const TOP = new URL('./', import.meta.url);
