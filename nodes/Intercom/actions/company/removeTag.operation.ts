import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { tagNameField } from '../../descriptions/pickers';
import { setCompanyTag } from '../../helpers/companyTags';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';

const properties: INodeProperties[] = [companyRLC(), tagNameField];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['removeTag'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	return await setCompanyTag(this, itemIndex, false);
}
