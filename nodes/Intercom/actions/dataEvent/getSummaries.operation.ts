import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { eventContactKey } from './contactKey';

export const option: OperationOption = {
	name: 'Get Summaries',
	action: "Get a contact's event counts",
	description: 'For each event name of a contact: how many times, first and last',
};

export const description: INodeProperties[] = [contactRLC()];

interface EventSummary {
	email?: string;
	intercom_user_id?: string;
	user_id?: string;
	events?: IDataObject[];
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const contact = eventContactKey(this, itemIndex, 'list');
	const summary = await intercomApiRequest<EventSummary>(this, {
		method: 'GET',
		path: '/events',
		qs: { type: 'user', summary: true, ...contact },
		itemIndex,
	});
	const owner = {
		intercom_user_id: summary.intercom_user_id,
		user_id: summary.user_id,
		email: summary.email,
	};
	return (summary.events ?? []).map((event) => ({ ...event, contact: owner }));
}
