import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { actingAdminField, tagIdField } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';
import { internalArticleIdField } from './fields';

export const option: OperationOption = {
	name: 'Add Tag',
	action: 'Add a tag to an internal article',
	description: 'Tag an internal article with an existing tag',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [internalArticleIdField, tagIdField, actingAdminField];

/**
 * Tagging twice leaves one tag, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/tags/attachtagtointernalarticle
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const internalArticleId = readIntegerId(this, itemIndex, 'internalArticleId');
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'POST',
		path: `/internal_articles/${internalArticleId}/tags`,
		body: { id: tagId, admin_id: await readActingAdmin(this, itemIndex) },
		itemIndex,
		retryable: true,
	});
}
