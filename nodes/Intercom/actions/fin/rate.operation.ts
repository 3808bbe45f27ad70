import { readOption, readText } from '../../parameters/read';
import { endpointOperation } from '../endpoint';
import { conversationIdField } from './fields';

/**
 * Rating twice leaves one rating, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/fin-agent/submitfincsat
 */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Rate',
		action: 'Rate a Fin conversation',
		description: "Record the user's satisfaction with a Fin conversation (CSAT)",
	},
	method: 'POST',
	path: '/fin/csat',
	fields: [
		conversationIdField,
		{
			displayName: 'Rating',
			name: 'rating',
			type: 'options',
			options: [
				{ name: 'Amazing', value: 'amazing' },
				{ name: 'Bad', value: 'bad' },
				{ name: 'Good', value: 'good' },
				{ name: 'OK', value: 'ok' },
				{ name: 'Terrible', value: 'terrible' },
			],
			default: 'good',
		},
		{ displayName: 'Remark', name: 'remark', type: 'string', default: '', description: "The user's comment" },
	],
	body: (context, itemIndex) => {
		const remark = readText(context, itemIndex, 'remark');
		return {
			conversation_id: readText(context, itemIndex, 'conversationId', { required: true }),
			rating: readOption<string>(context, itemIndex, 'rating'),
			...(remark ? { remark } : {}),
		};
	},
	retryable: true,
});
