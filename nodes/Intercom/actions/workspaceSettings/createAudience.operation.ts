import { definitionBody, definitionField, endpointOperation } from '../endpoint';

/** Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/audiences/createaudience */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Create Audience',
		action: 'Create an audience',
		description: 'Create an audience from its rules',
	},
	method: 'POST',
	path: '/audiences',
	fields: [
		definitionField(
			'definition',
			'Definition (JSON)',
			{
				name: 'Paying customers',
				predicates: [{ attribute: 'plan', type: 'string', comparison: 'eq', value: 'pro' }],
			},
			'The audience as Intercom describes it: name, predicates and role_predicates',
		),
	],
	body: definitionBody(['name']),
	since: '2.16',
});
