import { defineResource } from '../operation';
import * as searchActivityLogs from './searchActivityLogs.operation';
import * as getActivityLogEventTypes from './getActivityLogEventTypes.operation';
import * as get from './get.operation';
import * as getActivityLogs from './getActivityLogs.operation';
import * as getAll from './getAll.operation';
import * as getAwayReasons from './getAwayReasons.operation';
import * as getMe from './getMe.operation';
import * as setAway from './setAway.operation';

export const admin = defineResource({
	displayName: 'Admin',
	defaultOperation: 'getMe',
	operations: {
		get,
		getActivityLogEventTypes,
		getActivityLogs,
		getAll,
		getAwayReasons,
		getMe,
		searchActivityLogs,
		setAway,
	},
});
