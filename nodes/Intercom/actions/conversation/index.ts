import { defineResource } from '../operation';
import * as addNote from './addNote.operation';
import * as addTag from './addTag.operation';
import * as assign from './assign.operation';
import * as close from './close.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getTranscript from './getTranscript.operation';
import * as open from './open.operation';
import * as removeTag from './removeTag.operation';
import * as reply from './reply.operation';
import * as search from './search.operation';
import * as snooze from './snooze.operation';

export const conversation = defineResource({
	displayName: 'Conversation',
	defaultOperation: 'reply',
	operations: {
		addNote,
		addTag,
		assign,
		close,
		get,
		getAll,
		getTranscript,
		open,
		removeTag,
		reply,
		search,
		snooze,
	},
});
