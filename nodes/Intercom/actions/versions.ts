import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { getConnection, versionAtLeast } from '../transport/connection';
import type { Operation } from './operation';

/**
 * Refuses, before any call, an operation the credential's API version does not have, naming both versions: Intercom
 * itself would answer 400 `intercom_version_invalid` with no word of the version needed.
 */
export async function refuseOlderVersion(
	context: IExecuteFunctions,
	operation: Operation,
	label: string,
	itemIndex: number,
): Promise<void> {
	if (!operation.since) return;
	const { apiVersion } = await getConnection(context);
	if (versionAtLeast(apiVersion, operation.since)) return;
	throw new NodeOperationError(
		context.getNode(),
		`${label} needs Intercom API ${operation.since} or newer, but the credential sends ${apiVersion}`,
		{
			itemIndex,
			description: `Intercom added this operation in API ${operation.since}. Choose ${operation.since} as the API Version of the Intercom credential (check what else your workflows rely on changes with it).`,
		},
	);
}
