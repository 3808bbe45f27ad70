import { CompanyRecords } from './resources/companies';
import { ContactRecords } from './resources/contacts';
import { ConversationRecords } from './resources/conversations';
import { EventRecords } from './resources/events';
import { HelpCenterRecords } from './resources/helpCenter';
import { TagRecords } from './resources/tags';
import { TicketRecords } from './resources/tickets';
import { VisitorRecords } from './resources/visitors';
import { WorkspaceRecords } from './resources/workspace';

export type { FakeCompany, FakeContact, FakeTag, FakeThread } from './records';
export { hexId, nextNumericId, now } from './records';

/** Each resource module's slice of the fake workspace; a new resource adds its class here. */
const slices = [
	WorkspaceRecords,
	TagRecords,
	ContactRecords,
	CompanyRecords,
	ConversationRecords,
	TicketRecords,
	EventRecords,
	VisitorRecords,
	HelpCenterRecords,
];

/** The fake workspace's records: every resource's slice, in one object the routes share. */
export interface Store
	extends
		WorkspaceRecords,
		TagRecords,
		ContactRecords,
		CompanyRecords,
		ConversationRecords,
		TicketRecords,
		EventRecords,
		VisitorRecords,
		HelpCenterRecords {}

// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- the slices' fields and methods are mixed in below
export class Store {
	constructor() {
		for (const Slice of slices) Object.assign(this, new Slice());
	}
}

for (const Slice of slices) {
	for (const name of Object.getOwnPropertyNames(Slice.prototype)) {
		if (name === 'constructor') continue;
		Object.defineProperty(
			Store.prototype,
			name,
			Object.getOwnPropertyDescriptor(Slice.prototype, name) ?? {},
		);
	}
}
