import { defineResource } from '../operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getRecording from './getRecording.operation';
import * as getTranscript from './getTranscript.operation';
import * as search from './search.operation';

export const call = defineResource({
	displayName: 'Call',
	defaultOperation: 'getAll',
	operations: { get, getAll, getRecording, getTranscript, search },
});
