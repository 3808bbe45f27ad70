import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { newsfeedIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Newsfeed',
	action: 'Get a newsfeed',
	description: 'Get a newsfeed by its ID',
};

export const description: INodeProperties[] = [newsfeedIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/retrievenewsfeed */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Newsfeed> {
	const newsfeedId = readIntegerId(this, itemIndex, 'newsfeedId');
	return await intercomApiRequest<Intercom.Newsfeed>(this, {
		method: 'GET',
		path: `/news/newsfeeds/${newsfeedId}`,
		itemIndex,
	});
}
