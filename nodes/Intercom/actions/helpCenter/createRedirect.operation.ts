import { readOption, readText } from '../../parameters/read';
import { endpointOperation } from '../endpoint';
import { helpCenterIdField } from './fields';

/** Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/help-center/createhelpcenterredirect */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Create Redirect',
		action: 'Create a help center redirect',
		description: 'Send an old URL (from a previous help site) on to an article or collection',
	},
	method: 'POST',
	path: '/help_center/help_centers/{helpCenterId}/redirects',
	fields: [
		helpCenterIdField,
		{
			displayName: 'From URL',
			name: 'fromUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://old-help.example.com/refunds',
		},
		{
			displayName: 'Target Type',
			name: 'targetType',
			type: 'options',
			options: [
				{ name: 'Article', value: 'article' },
				{ name: 'Collection', value: 'collection' },
			],
			default: 'article',
		},
		{ displayName: 'Target ID', name: 'targetId', type: 'string', default: '', required: true },
		{ displayName: 'Locale', name: 'locale', type: 'string', default: 'en', required: true },
	],
	body: (context, itemIndex) => ({
		from_url: readText(context, itemIndex, 'fromUrl', { required: true }),
		target_type: readOption<string>(context, itemIndex, 'targetType'),
		target_id: readText(context, itemIndex, 'targetId', { required: true }),
		locale: readText(context, itemIndex, 'locale', { required: true }),
	}),
	since: '2.16',
});
