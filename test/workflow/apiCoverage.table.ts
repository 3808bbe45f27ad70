import type { NodeParameterValueType } from 'n8n-workflow';

/** Operations of Intercom's descriptions a named operation does not reach on purpose, with the reason. */
export const LEFT_TO_API_REQUEST: Record<string, string> = {
	'GET /fin_voice/collect/{id}':
		"Fin Voice's call registration and collection, for telephony providers that hand calls to Fin; not a step of a workflow",
	'GET /fin_voice/conversation/{conversation_id}':
		"Fin Voice's call registration and collection, for telephony providers that hand calls to Fin; not a step of a workflow",
	'GET /fin_voice/external_id/{external_id}':
		"Fin Voice's call registration and collection, for telephony providers that hand calls to Fin; not a step of a workflow",
	'GET /fin_voice/phone_number/{phone_number}':
		"Fin Voice's call registration and collection, for telephony providers that hand calls to Fin; not a step of a workflow",
	'POST /fin_voice/register':
		"Fin Voice's call registration and collection, for telephony providers that hand calls to Fin; not a step of a workflow",
};

/** Operations that call no Intercom API (they read the input item): their own suites run them. */
export const WITHOUT_API = ['delivery › verifySignature', 'delivery › passOnce'];

/** The runs of an operation, where its default values are not enough or other values make other calls. */
export const VARIANTS: Record<string, Array<Record<string, NodeParameterValueType>>> = {
	'company › getAll': [{}, { returnAll: true }, { filters: { tagId: '1' } }],
	'customObject › get': [{}, { findBy: 'id' }],
	'customObject › delete': [{}, { findBy: 'id' }],
	'call › getTranscript': [{ output: 'text' }, { output: 'file' }],
	'contact › get': [{ contact: { __rl: true, mode: 'externalId', value: 'ada-1' } }],
};
