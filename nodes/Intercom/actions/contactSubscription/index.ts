import { defineResource } from '../operation';
import * as getAll from './getAll.operation';
import * as optIn from './optIn.operation';
import * as optOut from './optOut.operation';

export const contactSubscription = defineResource({
	displayName: 'Contact Subscription',
	defaultOperation: 'optIn',
	operations: { getAll, optIn, optOut },
});
