import { defineResource } from '../operation';
import * as getAll from './getAll.operation';

export const subscriptionType = defineResource({
	displayName: 'Subscription Type',
	defaultOperation: 'getAll',
	operations: { getAll },
});
