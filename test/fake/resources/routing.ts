import type { Handler, Route, RouteContext } from '../server';

/** A route of a resource module: `:name` in the path becomes a parameter. */
export const route = (method: string, path: string, handler: Handler, accept?: string): Route => ({
	method,
	template: path.replace(/:\w+/g, '{}'),
	pattern: new RegExp(`^${path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
	handler,
	...(accept ? { accept } : {}),
});

/** An unpaginated list answer: `{ type: 'list', data }`, or `{ type: 'admin.list', admins }` and the like. */
export const list =
	(key: string, items: (context: RouteContext) => unknown[]): Handler =>
	(context) => ({
		body: { type: key === 'data' ? 'list' : `${key.replace(/s$/, '')}.list`, [key]: items(context) },
	});
