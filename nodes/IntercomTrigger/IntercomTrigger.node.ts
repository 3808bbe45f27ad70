import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { intercomCredentials } from '../Intercom/descriptions/authentication';
import { readSetting } from '../Intercom/parameters/settings';
import { DeliveryLog } from './deliveries';
import type { DeliveryFilter, DeliveryOptionValues } from '../Intercom/webhooks/notification';
import { NO_TOPIC } from '../Intercom/webhooks/topics';
import {
	deliveryFilterOf,
	outputOf,
	readNotification,
	reasonToSkip,
} from '../Intercom/webhooks/notification';
import { triggerProperties } from './properties';
import { clientSecretOf, requireClientSecret } from '../Intercom/webhooks/clientSecret';
import { hasValidSignature } from '../Intercom/webhooks/signature';

function deliveryFilter(context: IWebhookFunctions | IHookFunctions): DeliveryFilter {
	return deliveryFilterOf(
		readSetting<string[]>(context, triggerProperties, 'topics'),
		readSetting<DeliveryOptionValues>(context, triggerProperties, 'options'),
	);
}

export class IntercomTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Intercom Trigger',
		name: 'intercomTrigger',
		icon: { light: 'file:intercom.svg', dark: 'file:intercom.dark.svg' },
		group: ['trigger'],
		// 2: Topics is required. Saved version-1 triggers keep their parameters' meaning.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{($parameter["topics"] || []).join(", ")}}',
		// n8n's node creator folds this trigger into the Intercom node's entry and shows this description there.
		description:
			"Every action of Intercom's API (contacts, conversations, tickets, articles…) and a trigger on its signed webhooks",
		defaults: { name: 'Intercom Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: intercomCredentials,
		webhooks: [
			// Intercom validates the URL with a HEAD request when it is saved in Developer Hub.
			{ name: 'setup', httpMethod: 'HEAD', responseMode: 'onReceived', path: 'webhook' },
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: triggerProperties,
	};

	// Intercom has no API for webhook subscriptions: the user pastes the URL into Developer Hub. Activation only
	// checks that what the node needs to verify and route notifications is there.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				await requireClientSecret(this, 'The trigger');
				if (deliveryFilter(this).topics.length === 0) {
					throw new NodeOperationError(this.getNode(), NO_TOPIC);
				}
				return true;
			},
			async create(): Promise<boolean> {
				return true;
			},
			async delete(): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const response = this.getResponseObject();
		if (this.getWebhookName() === 'setup') {
			response.status(200).end();
			return { noWebhookResponse: true };
		}

		const request = this.getRequestObject();
		const secret = await clientSecretOf(this);
		if (!hasValidSignature(request.rawBody, request.headers['x-hub-signature'], secret)) {
			this.logger.warn('Intercom Trigger: refused a notification without a valid X-Hub-Signature', {
				node: this.getNode().name,
			});
			response.status(401).json({ message: 'Invalid or missing X-Hub-Signature' });
			return { noWebhookResponse: true };
		}

		const notification = readNotification(request.rawBody);
		if (!notification) {
			response.status(400).json({ message: 'The body is not an Intercom notification' });
			return { noWebhookResponse: true };
		}

		const deliveries = new DeliveryLog(this);
		const skipped =
			reasonToSkip(notification, deliveryFilter(this)) ??
			(deliveries.isFirstDelivery(notification.id) ? undefined : 'already received');
		if (skipped) {
			// n8n keeps static data written by a delivery that starts nothing: see DeliveryLog.
			deliveries.save();
			return { webhookResponse: { received: true, started: false, reason: skipped } };
		}

		const { output = 'item' } = readSetting<DeliveryOptionValues>(this, triggerProperties, 'options');
		return { workflowData: [[{ json: outputOf(notification, output) }]] };
	}
}
