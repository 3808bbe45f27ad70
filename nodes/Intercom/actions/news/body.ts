import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { actingAdminField } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { integerId, memberSite, readCollection, readText } from '../../parameters/read';
import { commaList } from '../../parameters/values';

/** The teammate a news item comes from: the token's own admin unless another is chosen. */
export const senderField: INodeProperties = {
	...actingAdminField,
	displayName: 'Sender Name or ID',
	description:
		'The teammate shown as its author. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/**
 * A news item's body as Intercom takes it: the sender as an integer, labels and reactions as lists, each newsfeed
 * as an assignment. Intercom needs the title and sender on update too.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/createnewsitem
 */
export async function readNewsItem(
	context: IExecuteFunctions,
	itemIndex: number,
	collection: string,
): Promise<IDataObject> {
	const title = readText(context, itemIndex, 'title', { required: true });
	const senderId = Number(await readActingAdmin(context, itemIndex));
	const { labels, reactions, newsfeedIds, deliverSilently, ...rest } = readCollection<{
		body: string;
		state: string;
		labels: string;
		reactions: string;
		newsfeedIds: string[];
		deliverSilently: boolean;
	}>(context, itemIndex, collection);
	const feedSite = memberSite(context, itemIndex, collection, 'newsfeedIds');
	const feeds = (newsfeedIds ?? []).map((id) => ({ newsfeed_id: Number(integerId(id, feedSite)) }));
	return {
		title,
		sender_id: senderId,
		...rest,
		...(deliverSilently !== undefined ? { deliver_silently: deliverSilently } : {}),
		...(labels !== undefined ? { labels: commaList(labels) } : {}),
		...(reactions !== undefined ? { reactions: commaList(reactions) } : {}),
		...(feeds.length > 0 ? { newsfeed_assignments: feeds } : {}),
	};
}
