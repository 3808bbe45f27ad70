import * as companies from './resources/companies';
import * as contacts from './resources/contacts';
import * as conversations from './resources/conversations';
import * as events from './resources/events';
import * as helpCenter from './resources/helpCenter';
import * as messages from './resources/messages';
import * as tags from './resources/tags';
import * as tickets from './resources/tickets';
import * as visitors from './resources/visitors';
import * as workspace from './resources/workspace';
import type { Route } from './server';

/** Every resource module's routes; a new resource adds its module here. */
export const routes: Route[] = [
	...workspace.routes,
	...tags.routes,
	...contacts.routes,
	...companies.routes,
	...conversations.routes,
	...messages.routes,
	...tickets.routes,
	...events.routes,
	...visitors.routes,
	...helpCenter.routes,
];
