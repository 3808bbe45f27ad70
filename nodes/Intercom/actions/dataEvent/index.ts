import { defineResource } from '../operation';
import * as getAll from './getAll.operation';
import * as getSummaries from './getSummaries.operation';
import * as submitSummary from './submitSummary.operation';
import * as track from './track.operation';

export const dataEvent = defineResource({
	displayName: 'Data Event',
	defaultOperation: 'track',
	operations: { getAll, getSummaries, submitSummary, track },
});
