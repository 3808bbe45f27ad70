import type { IDataObject } from 'n8n-workflow';

import { hostOf } from '../../../credentials/regions';
import type { IntercomContext } from './context';

export type CredentialType = 'intercomAccessTokenApi' | 'intercomAppOAuth2Api';

export interface IntercomConnection {
	credentialType: CredentialType;
	baseUrl: string;
	apiVersion: string;
	/** Identifies the app whose rate-limit window the calls share. */
	rateLimitKey: string;
}

const connections = new WeakMap<object, Promise<IntercomConnection>>();

export function credentialTypeOf(context: IntercomContext): CredentialType {
	return context.getNode().parameters.authentication === 'oAuth2'
		? 'intercomAppOAuth2Api'
		: 'intercomAccessTokenApi';
}

export function baseUrlOf(credentials: IDataObject): string {
	const region = typeof credentials.region === 'string' ? credentials.region : 'us';
	if (region === 'custom') {
		return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	}
	return `https://${hostOf(region, 'api')}`;
}

async function loadConnection(context: IntercomContext): Promise<IntercomConnection> {
	const credentialType = credentialTypeOf(context);
	const credentials = await context.getCredentials(credentialType);
	const baseUrl = baseUrlOf(credentials);
	const credentialId = context.getNode().credentials?.[credentialType]?.id ?? '';
	return {
		credentialType,
		baseUrl,
		apiVersion: typeof credentials.apiVersion === 'string' ? credentials.apiVersion : '2.14',
		rateLimitKey: `${baseUrl}|${credentialType}|${credentialId}`,
	};
}

/** Reads the credential once per execution context, not once per request. */
export async function getConnection(context: IntercomContext): Promise<IntercomConnection> {
	let connection = connections.get(context);
	if (!connection) {
		connection = loadConnection(context);
		connections.set(context, connection);
		connection.catch(() => connections.delete(context));
	}
	return await connection;
}

/** Whether the credential's API version is `minimum` or newer (Unstable, Intercom's preview, is newer than all). */
export function versionAtLeast(apiVersion: string, minimum: string): boolean {
	if (apiVersion === 'Unstable') return true;
	const [major, minor] = apiVersion.split('.').map(Number);
	const [wantedMajor, wantedMinor] = minimum.split('.').map(Number);
	return major > wantedMajor || (major === wantedMajor && minor >= wantedMinor);
}

/** Intercom changed some id fields from integers to strings in 2.16 (e.g. `owner_id`). */
export function sendsIdsAsStrings(apiVersion: string): boolean {
	return versionAtLeast(apiVersion, '2.16');
}
