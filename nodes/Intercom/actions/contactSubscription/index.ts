import { defineResource } from '../operation';
import * as getAll from './getAll.operation';
import * as optIn from './optIn.operation';
import * as optOut from './optOut.operation';
import * as remove from './remove.operation';

export const contactSubscription = defineResource({
	displayName: 'Contact Subscription',
	defaultOperation: 'optIn',
	operations: { getAll, optIn, optOut, remove },
});
