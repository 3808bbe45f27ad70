import { defineResource } from '../operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const helpCenter = defineResource({
	displayName: 'Help Center',
	defaultOperation: 'getAll',
	operations: { get, getAll },
});
