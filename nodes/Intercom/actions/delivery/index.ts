import { defineResource } from '../operation';
import * as passOnce from './passOnce.operation';

export const delivery = defineResource({
	displayName: 'Webhook Delivery',
	defaultOperation: 'passOnce',
	operations: { passOnce },
});
