import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { helpCenterField } from '../../descriptions/helpCenterRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readBoolean, readIntegerId, readNumber, readOption, readText } from '../../parameters/read';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Search',
	action: 'Search articles',
	description: 'Find articles whose title or text holds a phrase',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Phrase',
		name: 'phrase',
		type: 'string',
		default: '',
		placeholder: 'e.g. reset password',
		description: 'Words to find in titles and text; empty matches every article',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'options',
		options: [
			{ name: 'All', value: 'all' },
			{ name: 'Draft', value: 'draft' },
			{ name: 'Published', value: 'published' },
		],
		default: 'published',
	},
	{
		...helpCenterField,
		description: 'Only articles of this help center; empty searches all. ' + helpCenterField.description,
	},
	{
		displayName: 'Include Highlights',
		name: 'highlight',
		type: 'boolean',
		default: false,
		description: 'Whether to add, to each article, the parts of its title and summary that match',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 50,
		description: 'Max number of results to return',
	},
];

export const tool: ToolUse = {
	arguments: { phrase: 'The words to look for in the articles, e.g. reset password' },
};

interface SearchResponse {
	data?: { articles?: Intercom.Article[]; highlights?: Array<IDataObject & { article_id?: string }> };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const phrase = readText(this, itemIndex, 'phrase');
	const helpCenterId = readIntegerId(this, itemIndex, 'helpCenterId', { optional: true });
	const highlight = readBoolean(this, itemIndex, 'highlight');
	const limit = readNumber(this, itemIndex, 'limit');
	const response = await intercomApiRequest<SearchResponse>(this, {
		method: 'GET',
		path: '/articles/search',
		qs: {
			state: readOption<string>(this, itemIndex, 'state'),
			...(phrase ? { phrase } : {}),
			...(helpCenterId ? { help_center_id: helpCenterId } : {}),
			...(highlight ? { highlight: true } : {}),
		},
		itemIndex,
	});
	const highlights = new Map(
		(response.data?.highlights ?? []).map((entry) => [String(entry.article_id), entry]),
	);
	return (response.data?.articles ?? []).slice(0, limit).map((article) => ({
		...article,
		...(highlight ? { highlight: highlights.get(String(article.id)) ?? null } : {}),
	}));
}
