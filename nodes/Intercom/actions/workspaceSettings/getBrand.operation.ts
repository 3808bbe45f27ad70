import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/brands/retrievebrand */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Brand',
		action: 'Get a brand',
		description: 'Get a brand',
	},
	method: 'GET',
	path: '/brands/{brandId}',
	fields: [pickerField('brandId', 'Brand', 'getBrands')],
	since: '2.16',
});
