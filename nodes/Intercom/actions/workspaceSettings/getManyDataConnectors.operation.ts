import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/data-connectors/listdataconnectors */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many Data Connectors',
		action: 'Get many data connectors',
		description: 'List the data connectors Fin and workflows call',
	},
	method: 'GET',
	path: '/data_connectors',
	list: { paging: 'cursor', maxPerPage: 50 },
	since: '2.16',
});
