import { defineResource } from '../operation';
import * as send from './send.operation';

export const apiRequest = defineResource({
	displayName: 'API Request',
	defaultOperation: 'send',
	operations: { send },
});
