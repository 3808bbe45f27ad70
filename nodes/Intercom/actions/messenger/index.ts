import { defineResource } from '../operation';
import * as identify from './identify.operation';

export const messenger = defineResource({
	displayName: 'Messenger',
	defaultOperation: 'identify',
	operations: { identify },
});
