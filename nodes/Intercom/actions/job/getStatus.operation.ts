import { endpointOperation, idField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/jobs/jobsstatus */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Get Status',
		action: 'Get the status of a job',
		description: 'A background job’s status (pending, success, failed) and the record it made',
	},
	method: 'GET',
	path: '/jobs/status/{jobId}',
	fields: [idField('jobId', 'Job ID', 'As Ticket › Create in Background gives it')],
});
