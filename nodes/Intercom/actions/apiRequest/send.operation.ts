import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { outputFileField } from '../../descriptions/file';
import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { cursorSource, intercomApiRequest, intercomFileRequest, searchSource } from '../../transport';
import { outputFile } from '../file';
import { returnList } from '../list';
import type { FileOutput, OperationOption } from '../operation';
import { readBoolean, readCollection, readJson, readOption, readText } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Send Request',
	action: 'Send a request to any Intercom endpoint',
	description:
		"Call any path of Intercom's API with this node's paging, rate-limit handling and errors (unlike Custom API Call)",
};

const showPaged = { show: { paging: ['cursorQuery', 'cursorBody'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'GET',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. /contacts/6762f0d51bb69f9f2193bb7f/tags',
		description:
			"Below the credential's regional base URL, starting with /. The credential sends the token and the Intercom-Version header.",
	},
	{
		displayName: 'Query Parameters',
		name: 'query',
		type: 'fixedCollection',
		placeholder: 'Add Parameter',
		typeOptions: { multipleValues: true },
		default: {},
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		displayOptions: { show: { method: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
		description: 'The JSON object sent as the request body; {} sends none',
	},
	{
		displayName: 'Headers',
		name: 'headers',
		type: 'fixedCollection',
		placeholder: 'Add Header',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'More request headers; the credential sends Authorization and Intercom-Version itself',
		options: [
			{
				displayName: 'Header',
				name: 'header',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Response',
		name: 'response',
		type: 'options',
		options: [
			{ name: 'JSON', value: 'json', description: "Intercom's JSON answer, as items" },
			{ name: 'File', value: 'file', description: 'The answer as binary data (a download, a recording)' },
			{ name: 'Text', value: 'text', description: 'The answer as text in the JSON (a transcript)' },
		],
		default: 'json',
		displayOptions: { show: { paging: ['none'] } },
	},
	{ ...outputFileField, displayOptions: { show: { paging: ['none'], response: ['file'] } } },
	{
		displayName: 'Pagination',
		name: 'paging',
		type: 'options',
		options: [
			{ name: 'None', value: 'none', description: 'One call; the response is one item' },
			{
				name: 'Cursor in Query (Lists)',
				value: 'cursorQuery',
				description: 'Follows pages.next.starting_after as ?starting_after=, as GET /contacts does',
			},
			{
				name: 'Cursor in Body (Searches)',
				value: 'cursorBody',
				description:
					'Follows pages.next.starting_after in the body’s pagination, as POST /contacts/search does',
			},
		],
		default: 'none',
	},
	{
		displayName: 'Items Property',
		name: 'itemsKey',
		type: 'string',
		default: '',
		placeholder: 'e.g. data',
		description:
			'The array in each response whose entries become items; empty takes the first array there is',
		displayOptions: showPaged,
	},
	...returnAllLimitOrPage.map((property) => ({
		...property,
		displayOptions: { show: { ...showPaged.show, ...property.displayOptions?.show } },
	})),
	{
		displayName: 'Safe to Repeat',
		name: 'safeToRepeat',
		type: 'boolean',
		default: false,
		displayOptions: { show: { method: ['POST'] } },
		description:
			'Whether a POST may be sent again after a dropped connection or a 5xx: turn on only when a repeat cannot create a second record (searches are always repeated)',
	},
];

function fail(context: IExecuteFunctions, itemIndex: number, message: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex });
}

/** A path below the base URL: no host of its own (the token must not travel elsewhere), no query, no `..`. */
function readPath(context: IExecuteFunctions, itemIndex: number): string {
	const path = readText(context, itemIndex, 'path');
	if (path === '') fail(context, itemIndex, '"Path" is empty');
	if (!path.startsWith('/') || path.startsWith('//')) {
		fail(context, itemIndex, `"Path" must start with a single / and name no host: ${path}`);
	}
	if (path.includes('?'))
		fail(context, itemIndex, '"Path" has a query string: put it under "Query Parameters"');
	if (path.split('/').some((segment) => segment === '..' || segment === '.')) {
		fail(context, itemIndex, `"Path" may not contain . or .. segments: ${path}`);
	}
	if (/[\s#]/.test(path)) fail(context, itemIndex, `"Path" contains a space or #: ${path}`);
	return path;
}

function readBody(context: IExecuteFunctions, itemIndex: number, method: string): IDataObject | undefined {
	if (method === 'GET') return undefined;
	const body = readJson(context, itemIndex, 'body');
	if (body === undefined) return undefined;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		fail(context, itemIndex, '"Body (JSON)" must be a JSON object');
	}
	return Object.keys(body).length > 0 ? (body as IDataObject) : undefined;
}

/** Headers the credential owns: giving them here would send the token elsewhere or contradict the credential. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'intercom-version']);

function readHeaders(context: IExecuteFunctions, itemIndex: number): Record<string, string> {
	const entries =
		readCollection<{ header: Array<{ name?: string; value?: string }> }>(context, itemIndex, 'headers')
			.header ?? [];
	const headers: Record<string, string> = {};
	for (const { name = '', value = '' } of entries) {
		const key = name.trim();
		if (key === '') fail(context, itemIndex, '"Headers › Header › Name" is empty');
		if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) {
			fail(context, itemIndex, `"Headers › Header › Name" is not a header name: "${key}"`);
		}
		if (CREDENTIAL_HEADERS.has(key.toLowerCase())) {
			fail(context, itemIndex, `"Headers" may not set ${key}: the credential sends it`);
		}
		headers[key] = value;
	}
	return headers;
}

function readQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameters =
		readCollection<{ parameter: Array<{ name?: string; value?: string | number | boolean | null }> }>(
			context,
			itemIndex,
			'query',
			{ scalarMembers: ['value'] },
		).parameter ?? [];
	const query: IDataObject = {};
	for (const { name, value } of parameters) {
		const key = (name ?? '').trim();
		if (key === '') fail(context, itemIndex, '"Query Parameters › Parameter › Name" is empty');
		query[key] = value;
	}
	return query;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<object | object[] | FileOutput> {
	const method = readOption<IHttpRequestMethods>(this, itemIndex, 'method');
	const path = readPath(this, itemIndex);
	const qs = readQuery(this, itemIndex);
	const headers = readHeaders(this, itemIndex);
	const body = readBody(this, itemIndex, method);
	const paging = readOption<'none' | 'cursorQuery' | 'cursorBody'>(this, itemIndex, 'paging');
	if (paging === 'none') {
		const safeToRepeat = method === 'POST' && readBoolean(this, itemIndex, 'safeToRepeat');
		const response = readOption<'json' | 'file' | 'text'>(this, itemIndex, 'response');
		const request = {
			method,
			path,
			qs,
			body,
			headers,
			itemIndex,
			retryable: method !== 'POST' || safeToRepeat || path.endsWith('/search'),
		};
		if (response === 'json') return await intercomApiRequest<IDataObject>(this, request);
		// A file or text answer takes what Intercom sends, unless an Accept header asks for something.
		const answer = await intercomFileRequest(this, { accept: '*/*, application/json', ...request });
		if (response === 'text') return { data: answer.data.toString('utf8'), mimeType: answer.mimeType };
		const name = answer.fileName ?? (path.split('/').filter(Boolean).pop() || 'download');
		return await outputFile(this, itemIndex, answer, name, { path });
	}
	const itemsKey = readText(this, itemIndex, 'itemsKey');
	if (paging === 'cursorQuery' && method !== 'GET') {
		fail(this, itemIndex, '"Cursor in Query" pages GET lists: use "Cursor in Body" for a POST search');
	}
	if (paging === 'cursorBody' && method !== 'POST') {
		fail(this, itemIndex, '"Cursor in Body" pages POST searches: use "Cursor in Query" for a GET list');
	}
	const spec = { path, itemsKey, qs, itemIndex, ...(Object.keys(headers).length > 0 ? { headers } : {}) };
	const source =
		paging === 'cursorQuery'
			? cursorSource<IDataObject>(this, spec)
			: searchSource<IDataObject>(this, { ...spec, body: body ?? {} });
	return await returnList(this, itemIndex, source);
}
