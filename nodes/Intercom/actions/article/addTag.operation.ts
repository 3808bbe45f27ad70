import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { articleRLC } from '../../descriptions/helpCenterRLC';
import { actingAdminField, tagIdField } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';
import { readArticleId } from './articleId';

export const option: OperationOption = {
	name: 'Add Tag',
	action: 'Add a tag to an article',
	description: 'Tag an article with an existing tag',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [articleRLC(), tagIdField, actingAdminField];

/**
 * Tagging twice leaves one tag, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/tags/attachtagtoarticle
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const articleId = readArticleId(this, itemIndex);
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'POST',
		path: `/articles/${articleId}/tags`,
		body: { id: tagId, admin_id: await readActingAdmin(this, itemIndex) },
		itemIndex,
		retryable: true,
	});
}
