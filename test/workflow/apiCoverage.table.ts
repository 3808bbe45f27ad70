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

/** Not named yet (issue 17 names them): listed so that the list can only shrink. */
export const NOT_YET_NAMED: string[] = [
	'DELETE /audiences/{id}',
	'DELETE /content_snippets/{content_snippet_id}/tags/{id}',
	'DELETE /content_snippets/{id}',
	'DELETE /conversations/attributes/{id}',
	'DELETE /conversations/attributes/{id}/options/{option_id}',
	'DELETE /data_connectors/{id}',
	'DELETE /help_center/help_centers/{help_center_id}/redirects/{id}',
	'DELETE /office_hours_schedules/{id}',
	'DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}',
	'GET /admins/activity_log_event_types',
	'GET /audiences',
	'GET /audiences/{id}',
	'GET /brands',
	'GET /brands/{id}',
	'GET /contacts/{id}/banners',
	'GET /content/search',
	'GET /content_snippets',
	'GET /content_snippets/{id}',
	'GET /conversations/attributes',
	'GET /conversations/attributes/{id}',
	'GET /data_connectors',
	'GET /data_connectors/{data_connector_id}/execution_results',
	'GET /data_connectors/{data_connector_id}/execution_results/{id}',
	'GET /data_connectors/{id}',
	'GET /emails',
	'GET /emails/{id}',
	'GET /export/workflows/{id}',
	'GET /help_center/help_centers/{help_center_id}/redirects',
	'GET /help_center/help_centers/{help_center_id}/redirects/{id}',
	'GET /ip_allowlist',
	'GET /jobs/status/{job_id}',
	'GET /macros',
	'GET /macros/{id}',
	'GET /messages/status',
	'GET /messages/whatsapp/status',
	'GET /office_hours_schedules',
	'GET /office_hours_schedules/{id}',
	'GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions',
	'GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}',
	'GET /teams/{team_id}/metrics',
	'PATCH /data_connectors/{id}',
	'POST /admins/activity_logs/search',
	'POST /audiences',
	'POST /contacts/{id}/banners/{view_id}/dismiss',
	'POST /content/bulk_actions',
	'POST /content_snippets',
	'POST /content_snippets/{content_snippet_id}/tags',
	'POST /conversations/attributes',
	'POST /conversations/attributes/{id}/options',
	'POST /data_connectors',
	'POST /events/summaries',
	'POST /fin/csat',
	'POST /fin/reply',
	'POST /fin/start',
	'POST /help_center/help_centers/{help_center_id}/redirects',
	'POST /office_hours_schedules',
	'POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions',
	'POST /phone_call_redirects',
	'POST /tickets/enqueue',
	'PUT /audiences/{id}',
	'PUT /companies/{company_id}',
	'PUT /content_snippets/{id}',
	'PUT /conversations/attributes/{id}',
	'PUT /conversations/attributes/{id}/options/{option_id}',
	'PUT /ip_allowlist',
	'PUT /office_hours_schedules/{id}',
	'PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}',
];

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
