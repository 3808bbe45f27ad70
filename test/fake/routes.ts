import { resources } from './resources';
import type { Route } from './server';

/** Every resource's routes (resources/index.ts). */
export const routes: Route[] = resources.flatMap((resource) => resource.routes);
