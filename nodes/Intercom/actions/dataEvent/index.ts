import { defineResource } from '../operation';
import * as getAll from './getAll.operation';
import * as getSummaries from './getSummaries.operation';
import * as track from './track.operation';

export const dataEvent = defineResource({
	displayName: 'Data Event',
	defaultOperation: 'track',
	operations: { track, getAll, getSummaries },
});
