import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/macros/getmacro */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Macro',
		action: 'Get a macro',
		description: 'Get a macro with its actions',
	},
	method: 'GET',
	path: '/macros/{macroId}',
	fields: [pickerField('macroId', 'Macro', 'getMacros')],
	since: '2.16',
});
