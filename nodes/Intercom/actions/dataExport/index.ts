import { defineResource } from '../operation';
import * as cancelContent from './cancelContent.operation';
import * as createContent from './createContent.operation';
import * as createReporting from './createReporting.operation';
import * as downloadContent from './downloadContent.operation';
import * as downloadReporting from './downloadReporting.operation';
import * as getContent from './getContent.operation';
import * as getDatasets from './getDatasets.operation';
import * as getReporting from './getReporting.operation';

export const dataExport = defineResource({
	displayName: 'Data Export',
	defaultOperation: 'createContent',
	operations: {
		cancelContent,
		createContent,
		createReporting,
		downloadContent,
		downloadReporting,
		getContent,
		getDatasets,
		getReporting,
	},
});
