import * as calls from './calls';
import * as companies from './companies';
import * as contacts from './contacts';
import * as conversations from './conversations';
import * as events from './events';
import * as exportJobs from './exports';
import * as helpCenter from './helpCenter';
import * as messages from './messages';
import * as tags from './tags';
import * as tickets from './tickets';
import * as visitors from './visitors';
import * as workspace from './workspace';

/** Every resource of the fake: its routes and its slice of the store. A new resource adds one line here. */
export const resources = [
	{ routes: workspace.routes, Records: workspace.WorkspaceRecords },
	{ routes: tags.routes, Records: tags.TagRecords },
	{ routes: contacts.routes, Records: contacts.ContactRecords },
	{ routes: companies.routes, Records: companies.CompanyRecords },
	{ routes: conversations.routes, Records: conversations.ConversationRecords },
	{ routes: messages.routes },
	{ routes: tickets.routes, Records: tickets.TicketRecords },
	{ routes: events.routes, Records: events.EventRecords },
	{ routes: visitors.routes, Records: visitors.VisitorRecords },
	{ routes: helpCenter.routes, Records: helpCenter.HelpCenterRecords },
	{ routes: calls.routes, Records: calls.CallRecords },
	{ routes: exportJobs.routes, Records: exportJobs.ExportRecords },
];
