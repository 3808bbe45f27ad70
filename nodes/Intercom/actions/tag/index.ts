import { defineResource } from '../operation';
import * as createOrUpdate from './createOrUpdate.operation';
import * as deleteTag from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as tagObjects from './tagObjects.operation';

export const tag = defineResource({
	displayName: 'Tag',
	defaultOperation: 'tagObjects',
	operations: { createOrUpdate, delete: deleteTag, get, getAll, tagObjects },
});
