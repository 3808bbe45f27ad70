import { defineResource } from '../operation';
import * as send from './send.operation';

export const message = defineResource({
	displayName: 'Message',
	defaultOperation: 'send',
	operations: { send },
});
