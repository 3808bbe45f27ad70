import { defineResource } from '../operation';
import * as create from './create.operation';
import * as deleteCollection from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const collection = defineResource({
	displayName: 'Collection',
	defaultOperation: 'getAll',
	operations: { create, delete: deleteCollection, get, getAll, update },
});
