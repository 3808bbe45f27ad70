import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { intercomCredentials } from '../Intercom/descriptions/authentication';
import { readSetting } from '../Intercom/parameters/settings';
import { chronological, firstState, readState, takeChanges } from './pollState';
import { pollingProperties } from './properties';
import type { PollingFilters } from './filters';
import { searchFilters } from './filters';
import { eventSubtitle, polledEvent } from './events';
import type { PolledRecord, PollQuery } from './sources';
import { changeSources, perTag, timestampOf } from './sources';

interface PollingOptions {
	sampleSize?: number;
	overlapMinutes?: number;
}

export class IntercomPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Intercom Polling Trigger',
		name: 'intercomPollingTrigger',
		icon: { light: 'file:intercom.svg', dark: 'file:intercom.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventSubtitle,
		description:
			'Starts a workflow when contacts, companies, conversations or tickets change, by asking Intercom every few minutes: for an n8n that Intercom cannot reach',
		defaults: { name: 'Intercom Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: intercomCredentials,
		properties: pollingProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const eventName = readSetting<string>(this, pollingProperties, 'event');
		const event = polledEvent(eventName);
		if (!event)
			throw new NodeOperationError(this.getNode(), `"Trigger On" has an unknown value: ${eventName}`);
		const { resource, field } = event;
		// Where each change's time is read: the searched date, a rating's own time, or a tag's.
		const at = event.timestamp ?? field;
		const expand = (records: PolledRecord[]) => (event.perTag ? perTag(records) : records);
		const { sampleSize = 10, overlapMinutes = 5 } = readSetting<PollingOptions>(
			this,
			pollingProperties,
			'options',
		);
		const source = changeSources[resource];
		const query: PollQuery = {
			field,
			filters: searchFilters(resource, readSetting<PollingFilters>(this, pollingProperties, 'filters')),
		};
		const output = (records: PolledRecord[]) =>
			records.length > 0 ? [this.helpers.returnJsonArray(chronological(records, at))] : null;
		const sampled = async (count: number) =>
			chronological(expand(await source.sample(this, query, count)), at)
				.reverse()
				.slice(0, count);

		if (this.getMode() === 'manual') return output(await sampled(Math.max(1, sampleSize)));

		const staticData = this.getWorkflowStaticData('node');
		// The events that follow created_at or updated_at keep the key saved states already have.
		const sourceKey =
			event.timestamp || field.includes('.') ? `${resource}:${event.value}` : `${resource}:${field}`;
		const state = readState(staticData, sourceKey);
		if (!state) {
			const sample = sampleSize > 0 ? await sampled(sampleSize) : [];
			staticData.poll = firstState(sourceKey, Math.floor(Date.now() / 1000), sample, at);
			return output(sample);
		}

		const from = state.since - overlapMinutes * 60;
		const records: PolledRecord[] = [];
		for await (const page of source.changedSince(this, query, from)) {
			records.push(...expand(page).filter((record) => timestampOf(record, at) >= from));
		}
		const { changes, next } = takeChanges(records, state, at, overlapMinutes * 60);
		staticData.poll = next;
		return output(changes);
	}
}
