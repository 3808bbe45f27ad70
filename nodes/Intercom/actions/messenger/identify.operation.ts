import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { toUnixSeconds } from '../../parameters/dates';
import { readTokenOwner } from '../../parameters/actingAdmin';
import { credentialTypeOf } from '../../transport';
import type { OperationOption } from '../operation';
import { messengerJwt, userHash } from './signing';
import { bootSnippet } from './snippet';
import { readCollection, readDate, readNumber, readOption, readText } from '../../parameters/read';
import { hostOf, REGIONS } from '../../../../credentials/regions';

export const option: OperationOption = {
	name: 'Identify User',
	action: 'Prepare the Messenger for a signed-in user',
	description:
		'Sign a user’s identity (user_hash or JWT) and build the settings, or the snippet, that boot the Messenger for them',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Verification',
		name: 'verification',
		type: 'options',
		options: [
			{
				name: 'Identity Verification Hash',
				value: 'hash',
				description: 'Adds user_hash: an HMAC of the user ID (or email) with the credential’s secret',
			},
			{
				name: 'Messenger Security JWT',
				value: 'jwt',
				description:
					'Adds intercom_user_jwt: a signed token of the user and chosen attributes, with an expiry',
			},
		],
		default: 'hash',
	},
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		default: '',
		placeholder: 'e.g. crm-4711',
		description: 'Your ID for the signed-in user (their external ID in Intercom). Needs this or an email.',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Signed Up At',
		name: 'createdAt',
		type: 'dateTime',
		default: '',
		description: 'When the user signed up, sent as created_at',
	},
	{
		displayName: 'JWT Attributes',
		name: 'jwtAttributes',
		type: 'fixedCollection',
		placeholder: 'Add Attribute',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'More user attributes signed into the token, so the page cannot change them (e.g. plan)',
		displayOptions: { show: { verification: ['jwt'] } },
		options: [
			{
				displayName: 'Attribute',
				name: 'attribute',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'JWT Expires In (Seconds)',
		name: 'jwtExpiresIn',
		type: 'number',
		typeOptions: { minValue: 60 },
		default: 3600,
		description: 'How long the page may use the token; sign a new one when it runs out',
		displayOptions: { show: { verification: ['jwt'] } },
	},
	optionsCollection([
		{
			displayName: 'Custom Launcher Selector',
			name: 'customLauncherSelector',
			type: 'string',
			default: '',
			placeholder: 'e.g. #help-button',
			description: 'A CSS selector of your page’s own button that opens the Messenger',
		},
		{
			displayName: 'Hide Default Launcher',
			name: 'hideDefaultLauncher',
			type: 'boolean',
			default: false,
			description: 'Whether to hide Intercom’s round launcher, e.g. when your own button opens the Messenger',
		},
		{
			displayName: 'Include HTML Snippet',
			name: 'includeSnippet',
			type: 'boolean',
			default: false,
			description: 'Whether to add the HTML and JavaScript that boot the Messenger, ready to put in a page',
		},
	]),
];

interface MessengerCredentials {
	region?: string;
	messengerSecret?: string;
	messengerAppId?: string;
}

async function appIdOf(context: IExecuteFunctions, credentials: MessengerCredentials, itemIndex: number) {
	const configured = (credentials.messengerAppId ?? '').trim();
	if (configured) return configured;
	return (await readTokenOwner(context, itemIndex)).app?.id_code ?? '';
}

function readJwtAttributes(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const entries =
		readCollection<{ attribute: Array<{ name?: string; value?: string | number | boolean | null }> }>(
			context,
			itemIndex,
			'jwtAttributes',
			{ scalarMembers: ['value'] },
		).attribute ?? [];
	const attributes: IDataObject = {};
	for (const [position, entry] of entries.entries()) {
		const name = (entry.name ?? '').trim();
		if (name === '') {
			throw new NodeOperationError(
				context.getNode(),
				`JWT Attributes › attribute ${position + 1} has no name`,
				{
					itemIndex,
				},
			);
		}
		if (['user_id', 'email', 'exp'].includes(name)) {
			throw new NodeOperationError(context.getNode(), `JWT attribute "${name}" is set by the node itself`, {
				itemIndex,
			});
		}
		attributes[name] = entry.value as IDataObject[string];
	}
	return attributes;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const userId = readText(this, itemIndex, 'userId');
	const email = readText(this, itemIndex, 'email');
	if (!userId && !email) {
		throw new NodeOperationError(node, '"User ID" and "Email" are both empty: the user needs one', {
			itemIndex,
		});
	}
	if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		throw new NodeOperationError(node, `"Email" is not an email address: ${email}`, { itemIndex });
	}
	const verification = readOption<'hash' | 'jwt'>(this, itemIndex, 'verification');
	const jwtAttributes = verification === 'jwt' ? readJwtAttributes(this, itemIndex) : {};
	const name = readText(this, itemIndex, 'name');
	const rawCreatedAt = readDate(this, itemIndex, 'createdAt');
	const createdAt =
		rawCreatedAt === '' || rawCreatedAt === null
			? undefined
			: toUnixSeconds(rawCreatedAt, 'Signed Up At', node, itemIndex);
	const options = readCollection<{
		customLauncherSelector?: string;
		hideDefaultLauncher?: boolean;
		includeSnippet?: boolean;
	}>(this, itemIndex, 'options');

	const credentials = (await this.getCredentials(credentialTypeOf(this))) as MessengerCredentials;
	const secret = credentials.messengerSecret ?? '';
	if (secret === '') {
		throw new NodeOperationError(node, 'The credential has no Messenger Identity Secret', {
			itemIndex,
			description:
				'Copy it from Intercom (Settings › Channels › Messenger › Security) into the credential’s "Messenger Identity Secret".',
		});
	}
	// Where the Messenger talks to: its regional host (a custom base URL is the REST API's only, so none is set).
	const region = credentials.region ?? 'us';
	const apiBase = region in REGIONS ? `https://${hostOf(region, 'messenger')}` : undefined;
	const identity =
		verification === 'hash'
			? {
					...(userId ? { user_id: userId } : {}),
					...(email ? { email } : {}),
					user_hash: userHash(secret, userId || email),
				}
			: {
					intercom_user_jwt: messengerJwt(secret, {
						...(userId ? { user_id: userId } : {}),
						...(email ? { email } : {}),
						...jwtAttributes,
						exp: Math.floor(Date.now() / 1000) + readNumber(this, itemIndex, 'jwtExpiresIn'),
					}),
				};
	const intercomSettings: IDataObject = {
		app_id: await appIdOf(this, credentials, itemIndex),
		...(apiBase ? { api_base: apiBase } : {}),
		...identity,
		...(name ? { name } : {}),
		...(createdAt !== undefined ? { created_at: createdAt } : {}),
		...(options.customLauncherSelector ? { custom_launcher_selector: options.customLauncherSelector } : {}),
		...(options.hideDefaultLauncher ? { hide_default_launcher: true } : {}),
	};
	return { intercomSettings, ...(options.includeSnippet ? { snippet: bootSnippet(intercomSettings) } : {}) };
}
