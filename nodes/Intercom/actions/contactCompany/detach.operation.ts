import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { contactRLC } from '../../descriptions/contactRLC';
import { resolveCompanyId } from '../../lookups/company';
import { resolveContactId } from '../../lookups/contact';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Detach',
	action: 'Detach a contact from a company',
	description: 'Remove a contact from a company; both remain',
};

export const description: INodeProperties[] = [contactRLC(), companyRLC()];

/** Detaches the contact from the company; both remain. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Company> {
	const contactId = await resolveContactId(this, itemIndex);
	const companyId = await resolveCompanyId(this, itemIndex);
	return await intercomApiRequest<Intercom.Company>(this, {
		method: 'DELETE',
		path: `/contacts/${encodeURIComponent(contactId)}/companies/${encodeURIComponent(companyId)}`,
		itemIndex,
	});
}
