import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { tagNameField } from '../../descriptions/pickers';
import { readBoolean, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ItemOutcome } from '../operation';
import { mapInOrder } from '../pool';
import { runRequestOptions } from '../requestOptions';
import { resolveCompanyId } from '../../lookups/company';

/** Companies sent in one `POST /tags`; Intercom documents no limit, so calls stay modest. */
const COMPANIES_PER_CALL = 100;

export function taggingDescription(tagged: boolean): INodeProperties[] {
	return [
		companyRLC(),
		tagNameField,
		...(tagged
			? [
					{
						displayName: 'Create Tag If Missing',
						name: 'createTagIfMissing',
						type: 'boolean' as const,
						default: false,
						description:
							'Whether to create the tag when no tag has this name. Off, an unknown name fails the item, so a typo never becomes a new tag.',
					},
				]
			: []),
	];
}

const tagNamesByExecution = new WeakMap<object, Promise<Set<string>>>();

/** The workspace's tag names, lower-cased (Intercom matches them case-insensitively), read once per execution. */
async function existingTagNames(context: IExecuteFunctions): Promise<Set<string>> {
	let names = tagNamesByExecution.get(context);
	if (!names) {
		names = intercomApiRequest<Intercom.TagList>(context, { method: 'GET', path: '/tags' }).then(
			({ data = [] }) => new Set(data.map((tag) => tag.name.toLowerCase())),
		);
		tagNamesByExecution.set(context, names);
	}
	return await names;
}

interface Tagging {
	position: number;
	itemIndex: number;
	companyId: string;
}

/** Reads an item's tag name and company, refusing a tag name that does not exist unless it may be created. */
async function readTagging(context: IExecuteFunctions, itemIndex: number, tagged: boolean) {
	const name = readText(context, itemIndex, 'tagName', { required: true });
	const mayCreate = tagged && readBoolean(context, itemIndex, 'createTagIfMissing') === true;
	if (!mayCreate && !(await existingTagNames(context)).has(name.toLowerCase())) {
		throw new NodeOperationError(context.getNode(), `"Tag Name or ID": no tag is named "${name}"`, {
			description: tagged
				? 'Choose an existing tag, or turn on "Create Tag If Missing" to create it.'
				: 'Choose a tag from the list; only an existing tag can be removed.',
			itemIndex,
		});
	}
	return { name, companyId: await resolveCompanyId(context, itemIndex) };
}

/**
 * Tags or untags the companies of all items with one `POST /tags` per tag name (and per 100 companies), by tag
 * name as Intercom requires. Repeating it leaves the same state, so it may be retried.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tags/createtag
 */
export async function setCompanyTags(
	context: IExecuteFunctions,
	itemIndexes: number[],
	tagged: boolean,
): Promise<ItemOutcome[]> {
	const outcomes: ItemOutcome[] = new Array(itemIndexes.length);
	const byTag = new Map<string, Tagging[]>();
	const { maxConcurrency } = runRequestOptions(context);
	await mapInOrder(itemIndexes.length, maxConcurrency, async (position) => {
		const itemIndex = itemIndexes[position];
		try {
			const { name, companyId } = await readTagging(context, itemIndex, tagged);
			byTag.set(name, [...(byTag.get(name) ?? []), { position, itemIndex, companyId }]);
		} catch (error) {
			outcomes[position] = { ok: false, error };
		}
	});

	for (const [name, taggings] of byTag) {
		for (let start = 0; start < taggings.length; start += COMPANIES_PER_CALL) {
			const chunk = taggings.slice(start, start + COMPANIES_PER_CALL).sort((a, b) => a.position - b.position);
			try {
				const tag = await intercomApiRequest<Intercom.Tag>(context, {
					method: 'POST',
					path: '/tags',
					body: {
						name,
						companies: chunk.map(({ companyId }) => ({ id: companyId, ...(tagged ? {} : { untag: true }) })),
					},
					itemIndex: chunk[0].itemIndex,
					retryable: true,
				});
				for (const { position } of chunk) outcomes[position] = { ok: true, result: tag };
			} catch (error) {
				for (const { position } of chunk) outcomes[position] = { ok: false, error };
			}
		}
	}
	return outcomes;
}
