import type { IDataObject } from 'n8n-workflow';

import type { IntercomContext } from '../../transport';
import { intercomApiRequest } from '../../transport';

interface EventList {
	events?: IDataObject[];
	pages?: { next?: string | null } | null;
}

/**
 * `GET /events` pages by a `pages.next` URL (with a `before` cursor). Its query is followed on the credential's own
 * base URL, whatever host Intercom spelled in it.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-events/lisdataevents
 */
export async function* eventPages(
	context: IntercomContext,
	qs: IDataObject,
	itemIndex: number,
): AsyncGenerator<IDataObject[]> {
	let query: IDataObject = { ...qs, type: 'user' };
	for (;;) {
		const response = await intercomApiRequest<EventList>(context, {
			method: 'GET',
			path: '/events',
			qs: query,
			itemIndex,
		});
		const events = response.events ?? [];
		yield events;
		const next = response.pages?.next;
		if (!next || events.length === 0) return;
		query = Object.fromEntries(new URL(next, 'https://api.intercom.io').searchParams);
	}
}
