import { defineResource } from '../operation';
import * as passOnce from './passOnce.operation';
import * as verifySignature from './verifySignature.operation';

export const delivery = defineResource({
	displayName: 'Webhook Delivery',
	defaultOperation: 'passOnce',
	operations: { passOnce, verifySignature },
});
