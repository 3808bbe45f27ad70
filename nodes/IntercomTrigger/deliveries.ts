import type { IWebhookFunctions } from 'n8n-workflow';

/** How many notification ids a trigger remembers to recognise Intercom's redeliveries. */
export const REMEMBERED_DELIVERIES = 2000;

/**
 * The ids of notifications that started the workflow, kept in this process and in the workflow's static data.
 *
 * Both are needed: n8n 2.40 does not persist static data changed by a delivery that starts an execution (starting
 * it resets the change flag before the save), and concurrent deliveries each save their own copy. So the process
 * holds the ids, and every verified delivery that starts nothing (pings, other topics, repeats) writes the ones
 * static data lacks, which n8n then saves; after a restart they come back from there.
 */
const inProcess = new Map<string, Set<string>>();

export class DeliveryLog {
	private readonly recent: Set<string>;

	private readonly stored: string[];

	constructor(private readonly context: IWebhookFunctions) {
		const key = `${context.getMode()}:${context.getWorkflow().id}:${context.getNode().id}`;
		this.recent = inProcess.get(key) ?? new Set<string>();
		inProcess.set(key, this.recent);
		const ids = context.getWorkflowStaticData('node').notificationIds;
		this.stored = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
	}

	/**
	 * Records a notification id and says whether it is its first delivery. Intercom delivers at least once and retries
	 * what it believes failed, with the same `id`.
	 * https://developers.intercom.com/docs/references/2.14/webhooks/webhook-models#handling-failed-notifications
	 */
	isFirstDelivery(id: string): boolean {
		if (this.recent.has(id) || this.stored.includes(id)) return false;
		this.recent.add(id);
		if (this.recent.size > REMEMBERED_DELIVERIES)
			this.recent.delete(this.recent.values().next().value as string);
		this.save();
		return true;
	}

	/** Writes the ids that static data lacks into it; n8n saves it when the delivery starts nothing. */
	save(): void {
		const stored = new Set(this.stored);
		const missing = [...this.recent].filter((id) => !stored.has(id));
		if (missing.length === 0) return;
		this.context.getWorkflowStaticData('node').notificationIds = [...this.stored, ...missing].slice(
			-REMEMBERED_DELIVERIES,
		);
	}
}
