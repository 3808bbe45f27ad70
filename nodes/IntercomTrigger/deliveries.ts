import type { IWebhookFunctions } from 'n8n-workflow';

/** How many notification ids a trigger remembers to recognise Intercom's redeliveries. */
export const REMEMBERED_DELIVERIES = 2000;

// n8n saves a workflow's static data after each delivery, and concurrent deliveries each save their own copy (the
// last one wins), so the ids are also kept in this process.
const inProcess = new Map<string, Set<string>>();

function storedIds(context: IWebhookFunctions): string[] {
	const ids = context.getWorkflowStaticData('node').notificationIds;
	return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Records a notification id and says whether it is the first delivery of it. Intercom delivers at least once and
 * retries what it believes failed, with the same `id`.
 * https://developers.intercom.com/docs/references/2.14/webhooks/webhook-models#handling-failed-notifications
 */
export function isFirstDelivery(context: IWebhookFunctions, id: string): boolean {
	const key = `${context.getMode()}:${context.getWorkflow().id}:${context.getNode().id}`;
	const recent = inProcess.get(key) ?? new Set<string>();
	inProcess.set(key, recent);
	const stored = storedIds(context);
	if (recent.has(id) || stored.includes(id)) return false;

	recent.add(id);
	if (recent.size > REMEMBERED_DELIVERIES) recent.delete(recent.values().next().value as string);
	context.getWorkflowStaticData('node').notificationIds = [...stored, id].slice(-REMEMBERED_DELIVERIES);
	return true;
}
