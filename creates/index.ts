// Every action, by folder: the folder is the family docs/reference.md groups it under. operations.ts
// reads this list (the app definition, the OAuth scopes and the contract test all follow from it).
import type { Step } from '../steps/define';
import createContact from './contacts/createContact';
import updateContact from './contacts/updateContact';
import deleteContact from './contacts/deleteContact';
import upsertContact from './contacts/upsertContact';
import addContactTags from './contacts/addContactTags';
import removeContactTags from './contacts/removeContactTags';
import bulkUpdateContactTags from './contacts/bulkUpdateContactTags';
import createContactTask from './contacts/createContactTask';
import updateContactTask from './contacts/updateContactTask';
import completeContactTask from './contacts/completeContactTask';
import deleteContactTask from './contacts/deleteContactTask';
import createContactNote from './contacts/createContactNote';
import updateContactNote from './contacts/updateContactNote';
import deleteContactNote from './contacts/deleteContactNote';
import addContactToCampaign from './contacts/addContactToCampaign';
import removeContactFromCampaign from './contacts/removeContactFromCampaign';
import removeContactFromAllCampaigns from './contacts/removeContactFromAllCampaigns';
import createCalendarGroup from './calendars/createCalendarGroup';
import updateCalendarGroup from './calendars/updateCalendarGroup';
import updateCalendarGroupStatus from './calendars/updateCalendarGroupStatus';
import deleteCalendarGroup from './calendars/deleteCalendarGroup';
import createCalendar from './calendars/createCalendar';
import updateCalendar from './calendars/updateCalendar';
import deleteCalendar from './calendars/deleteCalendar';
import createAppointment from './calendars/createAppointment';
import updateAppointment from './calendars/updateAppointment';
import deleteEvent from './calendars/deleteEvent';
import createBlockSlot from './calendars/createBlockSlot';
import updateBlockSlot from './calendars/updateBlockSlot';
import createAppointmentNote from './calendars/createAppointmentNote';
import updateAppointmentNote from './calendars/updateAppointmentNote';
import deleteAppointmentNote from './calendars/deleteAppointmentNote';
import createCalendarNotification from './calendars/createCalendarNotification';
import updateCalendarNotification from './calendars/updateCalendarNotification';
import deleteCalendarNotification from './calendars/deleteCalendarNotification';
import createCalendarResource from './calendars/createCalendarResource';
import updateCalendarResource from './calendars/updateCalendarResource';
import deleteCalendarResource from './calendars/deleteCalendarResource';
import createOpportunity from './opportunities/createOpportunity';
import updateOpportunity from './opportunities/updateOpportunity';
import deleteOpportunity from './opportunities/deleteOpportunity';
import updateOpportunityStatus from './opportunities/updateOpportunityStatus';
import upsertOpportunity from './opportunities/upsertOpportunity';
import addOpportunityFollowers from './opportunities/addOpportunityFollowers';
import removeOpportunityFollowers from './opportunities/removeOpportunityFollowers';
import createUser from './users/createUser';
import updateUser from './users/updateUser';
import deleteUser from './users/deleteUser';
import createBusiness from './businesses/createBusiness';
import updateBusiness from './businesses/updateBusiness';
import deleteBusiness from './businesses/deleteBusiness';
import addContactToWorkflow from './workflows/addContactToWorkflow';
import removeContactFromWorkflow from './workflows/removeContactFromWorkflow';
import addContactFollowers from './workflows/addContactFollowers';
import removeContactFollowers from './workflows/removeContactFollowers';
import bulkBusinessUpdate from './workflows/bulkBusinessUpdate';
import updateMessageStatus from './conversations/updateMessageStatus';
import sendAgentTyping from './conversations/sendAgentTyping';
import sendMessage from './conversations/sendMessage';
import createConversation from './conversations/createConversation';
import logInboundMessage from './conversations/logInboundMessage';
import logOutboundCall from './conversations/logOutboundCall';
import createLocation from './locations/createLocation';
import createAssociation from './associations/createAssociation';
import updateAssociation from './associations/updateAssociation';
import deleteAssociation from './associations/deleteAssociation';
import createRelation from './associations/createRelation';
import deleteRelation from './associations/deleteRelation';
import createBlogPost from './blogs/createBlogPost';
import updateBlogPost from './blogs/updateBlogPost';
import createTag from './tags/createTag';
import renameTag from './tags/renameTag';
import deleteTag from './tags/deleteTag';
import createCustomValue from './customValues/createCustomValue';
import updateCustomValue from './customValues/updateCustomValue';
import deleteCustomValue from './customValues/deleteCustomValue';
import createRecord from './objects/createRecord';
import updateRecord from './objects/updateRecord';
import deleteRecord from './objects/deleteRecord';
import createInvoice from './invoices/createInvoice';
import sendInvoice from './invoices/sendInvoice';
import recordInvoicePayment from './invoices/recordInvoicePayment';
import voidInvoice from './invoices/voidInvoice';
import createAndSendInvoice from './invoices/createAndSendInvoice';
import createEstimate from './estimates/createEstimate';
import sendEstimate from './estimates/sendEstimate';
import convertEstimateToInvoice from './estimates/convertEstimateToInvoice';
import createProduct from './products/createProduct';
import uploadFileToMediaLibrary from './medias/uploadFileToMediaLibrary';
import sendDocument from './documents/sendDocument';
import sendTemplate from './documents/sendTemplate';
import apiRequest from './api/apiRequest';

export const creates: Record<string, Step[]> = {
  contacts: [
    createContact,
    updateContact,
    deleteContact,
    upsertContact,
    addContactTags,
    removeContactTags,
    bulkUpdateContactTags,
    createContactTask,
    updateContactTask,
    completeContactTask,
    deleteContactTask,
    createContactNote,
    updateContactNote,
    deleteContactNote,
    addContactToCampaign,
    removeContactFromCampaign,
    removeContactFromAllCampaigns,
  ],
  calendars: [
    createCalendarGroup,
    updateCalendarGroup,
    updateCalendarGroupStatus,
    deleteCalendarGroup,
    createCalendar,
    updateCalendar,
    deleteCalendar,
    createAppointment,
    updateAppointment,
    deleteEvent,
    createBlockSlot,
    updateBlockSlot,
    createAppointmentNote,
    updateAppointmentNote,
    deleteAppointmentNote,
    createCalendarNotification,
    updateCalendarNotification,
    deleteCalendarNotification,
    createCalendarResource,
    updateCalendarResource,
    deleteCalendarResource,
  ],
  opportunities: [
    createOpportunity,
    updateOpportunity,
    deleteOpportunity,
    updateOpportunityStatus,
    upsertOpportunity,
    addOpportunityFollowers,
    removeOpportunityFollowers,
  ],
  users: [createUser, updateUser, deleteUser],
  businesses: [createBusiness, updateBusiness, deleteBusiness],
  workflows: [addContactToWorkflow, removeContactFromWorkflow, addContactFollowers, removeContactFollowers, bulkBusinessUpdate],
  conversations: [updateMessageStatus, sendAgentTyping, sendMessage, createConversation, logInboundMessage, logOutboundCall],
  locations: [createLocation],
  associations: [createAssociation, updateAssociation, deleteAssociation, createRelation, deleteRelation],
  blogs: [createBlogPost, updateBlogPost],
  tags: [createTag, renameTag, deleteTag],
  customValues: [createCustomValue, updateCustomValue, deleteCustomValue],
  objects: [createRecord, updateRecord, deleteRecord],
  invoices: [createInvoice, sendInvoice, recordInvoicePayment, voidInvoice, createAndSendInvoice],
  estimates: [createEstimate, sendEstimate, convertEstimateToInvoice],
  products: [createProduct],
  medias: [uploadFileToMediaLibrary],
  documents: [sendDocument, sendTemplate],
  api: [apiRequest],
};
