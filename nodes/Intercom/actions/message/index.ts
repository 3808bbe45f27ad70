import { defineResource } from '../operation';
import * as getWhatsAppStatuses from './getWhatsAppStatuses.operation';
import * as getWhatsAppStatus from './getWhatsAppStatus.operation';
import * as send from './send.operation';

export const message = defineResource({
	displayName: 'Message',
	defaultOperation: 'send',
	operations: { getWhatsAppStatus, getWhatsAppStatuses, send },
});
