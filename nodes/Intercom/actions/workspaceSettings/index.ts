import { defineResource } from '../operation';
import * as createAudience from './createAudience.operation';
import * as createConversationAttribute from './createConversationAttribute.operation';
import * as createConversationAttributeOption from './createConversationAttributeOption.operation';
import * as createDataConnector from './createDataConnector.operation';
import * as createOfficeHours from './createOfficeHours.operation';
import * as createOfficeHoursException from './createOfficeHoursException.operation';
import * as createPhoneSwitch from './createPhoneSwitch.operation';
import * as deleteAudience from './deleteAudience.operation';
import * as deleteConversationAttribute from './deleteConversationAttribute.operation';
import * as deleteConversationAttributeOption from './deleteConversationAttributeOption.operation';
import * as deleteDataConnector from './deleteDataConnector.operation';
import * as deleteOfficeHours from './deleteOfficeHours.operation';
import * as deleteOfficeHoursException from './deleteOfficeHoursException.operation';
import * as exportWorkflow from './exportWorkflow.operation';
import * as getAudience from './getAudience.operation';
import * as getBrand from './getBrand.operation';
import * as getConversationAttribute from './getConversationAttribute.operation';
import * as getDataConnector from './getDataConnector.operation';
import * as getDataConnectorResult from './getDataConnectorResult.operation';
import * as getDataConnectorResults from './getDataConnectorResults.operation';
import * as getEmail from './getEmail.operation';
import * as getIpAllowlist from './getIpAllowlist.operation';
import * as getMacro from './getMacro.operation';
import * as getManyAudiences from './getManyAudiences.operation';
import * as getManyBrands from './getManyBrands.operation';
import * as getManyConversationAttributes from './getManyConversationAttributes.operation';
import * as getManyDataConnectors from './getManyDataConnectors.operation';
import * as getManyEmails from './getManyEmails.operation';
import * as getManyMacros from './getManyMacros.operation';
import * as getManyOfficeHours from './getManyOfficeHours.operation';
import * as getManyOfficeHoursExceptions from './getManyOfficeHoursExceptions.operation';
import * as getOfficeHours from './getOfficeHours.operation';
import * as getOfficeHoursException from './getOfficeHoursException.operation';
import * as updateAudience from './updateAudience.operation';
import * as updateConversationAttribute from './updateConversationAttribute.operation';
import * as updateConversationAttributeOption from './updateConversationAttributeOption.operation';
import * as updateDataConnector from './updateDataConnector.operation';
import * as updateIpAllowlist from './updateIpAllowlist.operation';
import * as updateOfficeHours from './updateOfficeHours.operation';
import * as updateOfficeHoursException from './updateOfficeHoursException.operation';

/** Configuration few flows need, kept out of the busy resources' dropdowns. */
export const workspaceSettings = defineResource({
	displayName: 'Workspace Settings',
	defaultOperation: 'getManyOfficeHours',
	operations: {
		createAudience,
		createConversationAttribute,
		createConversationAttributeOption,
		createDataConnector,
		createOfficeHours,
		createOfficeHoursException,
		createPhoneSwitch,
		deleteAudience,
		deleteConversationAttribute,
		deleteConversationAttributeOption,
		deleteDataConnector,
		deleteOfficeHours,
		deleteOfficeHoursException,
		exportWorkflow,
		getAudience,
		getBrand,
		getConversationAttribute,
		getDataConnector,
		getDataConnectorResult,
		getDataConnectorResults,
		getEmail,
		getIpAllowlist,
		getMacro,
		getManyAudiences,
		getManyBrands,
		getManyConversationAttributes,
		getManyDataConnectors,
		getManyEmails,
		getManyMacros,
		getManyOfficeHours,
		getManyOfficeHoursExceptions,
		getOfficeHours,
		getOfficeHoursException,
		updateAudience,
		updateConversationAttribute,
		updateConversationAttributeOption,
		updateDataConnector,
		updateIpAllowlist,
		updateOfficeHours,
		updateOfficeHoursException,
	},
});
