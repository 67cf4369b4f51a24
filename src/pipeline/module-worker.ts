import { Worker } from 'node:worker_threads';

/** Starts a worker thread on a module of this source tree, from the build or from TypeScript sources alike. */
export function startModuleWorker(url: URL, workerData?: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  // Running from TypeScript sources (tests, tsx), a worker must register tsx's loader itself before loading.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** The URL of a sibling module, with the extension this module runs under (`.ts` from sources, `.js` from the build). */
export function siblingModule(name: string, from: string): URL {
  return new URL(`./${name}${from.endsWith('.ts') ? '.ts' : '.js'}`, from);
}
