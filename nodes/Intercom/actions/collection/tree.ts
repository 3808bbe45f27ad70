import type { Intercom } from 'intercom-client';

import type { IntercomContext } from '../../transport';
import { collectItems, numberedPages } from '../../transport';

/** Every collection of the workspace (help centers hold a few hundred at most), newest first. */
export async function allCollections(
	context: IntercomContext,
	itemIndex?: number,
): Promise<Intercom.Collection[]> {
	return await collectItems(
		numberedPages<Intercom.Collection>(context, {
			path: '/help_center/collections',
			itemsKey: 'data',
			itemIndex,
		}),
	);
}

/** "Parent › Child" for each collection: since 2.10, collections nest through `parent_id`. */
export function collectionPaths(collections: Intercom.Collection[]): Map<string, string> {
	const byId = new Map(collections.map((collection) => [collection.id, collection]));
	const pathOf = (collection: Intercom.Collection, seen: Set<string>): string => {
		const parent = collection.parent_id ? byId.get(collection.parent_id) : undefined;
		if (!parent || seen.has(parent.id)) return collection.name;
		return `${pathOf(parent, new Set([...seen, collection.id]))} › ${collection.name}`;
	};
	return new Map(collections.map((collection) => [collection.id, pathOf(collection, new Set())]));
}
