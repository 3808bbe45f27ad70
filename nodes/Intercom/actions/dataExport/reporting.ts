import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readTokenOwner } from '../../parameters/actingAdmin';
import { intercomApiRequest } from '../../transport';

/**
 * A reporting export's job, read with what Intercom asks for it: the workspace's code (`app_id`, from `GET /me`), the
 * app's client ID and the job identifier in the query as well as the path.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/reporting-data-export/getexportjobstatus
 */
export async function readReportingJob(
	context: IExecuteFunctions,
	itemIndex: number,
	jobIdentifier: string,
	clientId: string,
): Promise<IDataObject> {
	return await intercomApiRequest<IDataObject>(context, {
		method: 'GET',
		path: `/export/reporting_data/${encodeURIComponent(jobIdentifier)}`,
		qs: {
			app_id: await workspaceCode(context, itemIndex),
			client_id: clientId,
			job_identifier: jobIdentifier,
		},
		itemIndex,
	});
}

export async function workspaceCode(context: IExecuteFunctions, itemIndex: number): Promise<string> {
	return String((await readTokenOwner(context, itemIndex)).app?.id_code ?? '');
}
