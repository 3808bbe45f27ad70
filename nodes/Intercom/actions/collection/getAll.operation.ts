import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import type { OperationOption } from '../operation';
import { allCollections, collectionPaths } from './tree';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many collections',
	description: 'List help center collections, each with its parent and its path',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/**
 * Reads every collection (a help center holds a few hundred at most) so that each one's parent can be named even
 * when the parent falls outside the limit.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const limit = readLimit(this, itemIndex);
	const collections = await allCollections(this, itemIndex);
	const byId = new Map(collections.map((collection) => [collection.id, collection]));
	const paths = collectionPaths(collections);
	return collections.slice(0, limit).map((collection: Intercom.Collection) => {
		const parent = collection.parent_id ? byId.get(collection.parent_id) : undefined;
		return {
			...collection,
			parent: parent ? { id: parent.id, name: parent.name } : null,
			path: paths.get(collection.id) ?? collection.name,
		};
	});
}
