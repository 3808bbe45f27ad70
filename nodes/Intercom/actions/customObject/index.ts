import { defineResource } from '../operation';
import * as createOrUpdate from './createOrUpdate.operation';
import * as deleteInstance from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const customObject = defineResource({
	displayName: 'Custom Object Instance',
	defaultOperation: 'createOrUpdate',
	operations: { createOrUpdate, delete: deleteInstance, get, getAll },
});
