import { defineResource } from '../operation';
import * as getMetrics from './getMetrics.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const team = defineResource({
	displayName: 'Team',
	defaultOperation: 'getAll',
	operations: { get, getAll, getMetrics },
});
