/**
 * What the background does for each message. Takes its world as parameters so it is
 * tested without a browser; entrypoints/background.ts wires it.
 */
import type { Routes } from '../messaging/handler';
import { dataRoutes } from './data-routes';
import type { WorkerDeps } from './deps';
import { pageDataRoutes } from './page-data-routes';
import { readingRoutes } from './reading-routes';
import { sampleRoutes } from './sample-routes';

export type { WorkerDeps };

export function createRoutes(deps: WorkerDeps): Routes {
  return { ...readingRoutes(deps), ...dataRoutes(deps), ...sampleRoutes(deps), ...pageDataRoutes(deps) };
}
