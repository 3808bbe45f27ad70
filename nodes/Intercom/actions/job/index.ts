import { defineResource } from '../operation';
import * as getStatus from './getStatus.operation';

export const job = defineResource({
	displayName: 'Job',
	defaultOperation: 'getStatus',
	operations: { getStatus },
});
