import { endpointOperation, idField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/workflows/exportworkflow */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Export Workflow',
		action: 'Export a workflow',
		description: "Export an Intercom workflow's definition (for backup or review)",
	},
	method: 'GET',
	path: '/export/workflows/{workflowId}',
	fields: [idField('workflowId', 'Workflow ID')],
	since: '2.16',
});
