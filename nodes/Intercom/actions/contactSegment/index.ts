import { defineResource } from '../operation';
import * as getAll from './getAll.operation';

export const contactSegment = defineResource({
	displayName: 'Contact Segment',
	defaultOperation: 'getAll',
	operations: { getAll },
});
