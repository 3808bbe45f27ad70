import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Intercom takes up to 10 attachment URLs and 10 files on a reply. */
export const MAX_ATTACHMENTS = 10;

export const attachmentOptions: INodeProperties[] = [
	{
		displayName: 'Attachment URLs',
		name: 'attachmentUrls',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/invoice.pdf, https://example.com/photo.png',
		description: `Comma-separated links to files Intercom attaches (at most ${MAX_ATTACHMENTS})`,
	},
	{
		displayName: 'Attachment Files (Binary Properties)',
		name: 'attachmentBinaryProperties',
		type: 'string',
		default: '',
		placeholder: 'data, invoice',
		description: `Comma-separated names of the input item's binary properties to send as files, with their names and types (at most ${MAX_ATTACHMENTS})`,
	},
];

const list = (value: unknown) =>
	String(value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);

/**
 * `attachment_urls` and `attachment_files` ({ content_type, data in base64, name }) of a reply, from the options and
 * the item's binary data, checked before anything is sent.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/replyconversation
 */
export async function readAttachments(
	context: IExecuteFunctions,
	itemIndex: number,
	options: { attachmentUrls?: string; attachmentBinaryProperties?: string },
): Promise<IDataObject> {
	const node = context.getNode();
	const urls = list(options.attachmentUrls);
	const properties = list(options.attachmentBinaryProperties);
	for (const [field, count] of [
		['Attachment URLs', urls.length],
		['Attachment Files', properties.length],
	] as const) {
		if (count > MAX_ATTACHMENTS) {
			throw new NodeOperationError(
				node,
				`"${field}" has ${count} entries; Intercom allows ${MAX_ATTACHMENTS}`,
				{
					itemIndex,
				},
			);
		}
	}
	const notUrl = urls.find((url) => !/^https?:\/\/\S+$/.test(url));
	if (notUrl) {
		throw new NodeOperationError(node, `"Attachment URLs" has an entry that is not a link: ${notUrl}`, {
			itemIndex,
		});
	}
	const files = [];
	for (const property of properties) {
		if (!context.getInputData()[itemIndex]?.binary?.[property]) {
			throw new NodeOperationError(
				node,
				`"Attachment Files (Binary Properties)" names "${property}", but the input item has no binary data of that name`,
				{ itemIndex },
			);
		}
		const binary = context.helpers.assertBinaryData(itemIndex, property);
		const data = await context.helpers.getBinaryDataBuffer(itemIndex, property);
		files.push({
			content_type: binary.mimeType,
			data: data.toString('base64'),
			name: binary.fileName ?? property,
		});
	}
	return {
		...(urls.length > 0 ? { attachment_urls: urls } : {}),
		...(files.length > 0 ? { attachment_files: files } : {}),
	};
}
