import type { IExecuteFunctions, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { credentialTypeOf } from '../transport';

type WebhookContext = IExecuteFunctions | IHookFunctions | IWebhookFunctions;

/** The app's client secret from the node's credential, or empty when the credential has none. */
export async function clientSecretOf(context: WebhookContext): Promise<string> {
	const credentials = await context.getCredentials(credentialTypeOf(context));
	return typeof credentials.clientSecret === 'string' ? credentials.clientSecret : '';
}

/** The client secret, or an error saying where to find it: nothing can be verified without it. */
export async function requireClientSecret(context: WebhookContext, who: string): Promise<string> {
	const secret = await clientSecretOf(context);
	if (!secret) {
		throw new NodeOperationError(context.getNode(), 'The credential has no Client Secret', {
			description: `${who} checks every notification's X-Hub-Signature with the app's client secret. Copy it from Developer Hub › your app › Configure › Basic information into the credential.`,
		});
	}
	return secret;
}
