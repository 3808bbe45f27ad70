import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { contactRLC } from '../../descriptions/contactRLC';
import { resolveCompanyId } from '../../lookups/company';
import { resolveContactId } from '../../lookups/contact';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Attach',
	action: 'Attach a contact to a company',
	description: 'Make a contact a member of a company',
};

export const description: INodeProperties[] = [contactRLC(), companyRLC()];

/** Attaches the contact to the company (a contact can belong to up to 1,000 companies). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Company> {
	const contactId = await resolveContactId(this, itemIndex);
	const companyId = await resolveCompanyId(this, itemIndex);
	return await intercomApiRequest<Intercom.Company>(this, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/companies`,
		body: { id: companyId },
		itemIndex,
		// Attaching twice leaves one attachment.
		retryable: true,
	});
}
