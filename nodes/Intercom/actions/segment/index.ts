import { defineResource } from '../operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const segment = defineResource({
	displayName: 'Segment',
	defaultOperation: 'getAll',
	operations: { get, getAll },
});
