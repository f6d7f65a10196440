// Every trigger, by folder: the folder is the family docs/reference.md groups it under. operations.ts
// reads this list (the app definition, the OAuth scopes and the contract test all follow from it).
import type { Step } from '../steps/define';
import newContact from './contacts/newContact';
import contactUpdated from './contacts/contactUpdated';
import contactTagAdded from './contacts/contactTagAdded';
import newTask from './contacts/newTask';
import taskCompleted from './contacts/taskCompleted';
import getContact from './contacts/getContact';
import searchContacts from './contacts/searchContacts';
import getContactsByBusiness from './contacts/getContactsByBusiness';
import getDuplicateContact from './contacts/getDuplicateContact';
import getContactAppointments from './contacts/getContactAppointments';
import getContactTasks from './contacts/getContactTasks';
import getContactTask from './contacts/getContactTask';
import getContactNotes from './contacts/getContactNotes';
import getContactNote from './contacts/getContactNote';
import listContacts from './contacts/listContacts';
import listCalendarGroups from './calendars/listCalendarGroups';
import listCalendars from './calendars/listCalendars';
import getCalendar from './calendars/getCalendar';
import getFreeSlots from './calendars/getFreeSlots';
import listCalendarEvents from './calendars/listCalendarEvents';
import listBlockedSlots from './calendars/listBlockedSlots';
import getAppointment from './calendars/getAppointment';
import listAppointmentNotes from './calendars/listAppointmentNotes';
import listAppointmentChoices from './calendars/listAppointmentChoices';
import listBlockedSlotChoices from './calendars/listBlockedSlotChoices';
import listCalendarNotifications from './calendars/listCalendarNotifications';
import getCalendarNotification from './calendars/getCalendarNotification';
import listCalendarResources from './calendars/listCalendarResources';
import getCalendarResource from './calendars/getCalendarResource';
import appointmentBooked from './calendars/appointmentBooked';
import appointmentStatusChanged from './calendars/appointmentStatusChanged';
import searchOpportunities from './opportunities/searchOpportunities';
import getOpportunity from './opportunities/getOpportunity';
import listPipelines from './opportunities/listPipelines';
import listPipelineStages from './opportunities/listPipelineStages';
import listLostReasons from './opportunities/listLostReasons';
import newOpportunity from './opportunities/newOpportunity';
import opportunityStageChanged from './opportunities/opportunityStageChanged';
import opportunityStatusChanged from './opportunities/opportunityStatusChanged';
import listUsers from './users/listUsers';
import searchUsers from './users/searchUsers';
import filterUsersByEmail from './users/filterUsersByEmail';
import getUser from './users/getUser';
import listBusinesses from './businesses/listBusinesses';
import getBusiness from './businesses/getBusiness';
import listWorkflows from './workflows/listWorkflows';
import listCampaigns from './campaigns/listCampaigns';
import listSnapshots from './snapshots/listSnapshots';
import newInboundMessage from './conversations/newInboundMessage';
import searchConversations from './conversations/searchConversations';
import getConversation from './conversations/getConversation';
import getEmailMessage from './conversations/getEmailMessage';
import getMessage from './conversations/getMessage';
import getConversationMessages from './conversations/getConversationMessages';
import getMessageRecording from './conversations/getMessageRecording';
import getMessageTranscription from './conversations/getMessageTranscription';
import downloadMessageTranscription from './conversations/downloadMessageTranscription';
import listConversationEmails from './conversations/listConversationEmails';
import getLiveChatVisitor from './conversations/getLiveChatVisitor';
import listLocations from './locations/listLocations';
import listInstalledSubAccounts from './locations/listInstalledSubAccounts';
import listSubAccountsToWatch from './locations/listSubAccountsToWatch';
import listCustomFields from './customFields/listCustomFields';
import getCompany from './companies/getCompany';
import findAssociations from './associations/findAssociations';
import getAssociation from './associations/getAssociation';
import getAssociationKey from './associations/getAssociationKey';
import getAssociationsByObjectKey from './associations/getAssociationsByObjectKey';
import getRecordRelations from './associations/getRecordRelations';
import checkBlogUrlSlug from './blogs/checkBlogUrlSlug';
import listBlogAuthors from './blogs/listBlogAuthors';
import listBlogCategories from './blogs/listBlogCategories';
import listBlogPosts from './blogs/listBlogPosts';
import listBlogs from './blogs/listBlogs';
import newTag from './tags/newTag';
import newCustomValue from './customValues/newCustomValue';
import customValueChanged from './customValues/customValueChanged';
import listObjects from './objects/listObjects';
import newRecord from './objects/newRecord';
import getRecord from './objects/getRecord';
import newFormSubmission from './forms/newFormSubmission';
import listForms from './forms/listForms';
import newSurveySubmission from './surveys/newSurveySubmission';
import listSurveys from './surveys/listSurveys';
import newInvoice from './invoices/newInvoice';
import invoicePaid from './invoices/invoicePaid';
import newEstimate from './estimates/newEstimate';
import newPayment from './payments/newPayment';
import newOrder from './payments/newOrder';
import newOrCancelledSubscription from './payments/newOrCancelledSubscription';
import newProduct from './products/newProduct';
import listProductPrices from './products/listProductPrices';
import listMediaFolders from './medias/listMediaFolders';
import newDocument from './documents/newDocument';
import listDocuments from './documents/listDocuments';
import listDocumentTemplates from './documents/listDocumentTemplates';
import { instant } from './instant';
import { appEvents } from './appEvents';
import { withOtherKinds } from './otherKinds';

// Each description names the other kinds of trigger of its event (triggers/otherKinds.ts).
export const triggers: Record<string, Step[]> = withOtherKinds({
  contacts: [
    newContact, contactUpdated, contactTagAdded, newTask, taskCompleted, getContact, searchContacts,
    getContactsByBusiness, getDuplicateContact, getContactAppointments, getContactTasks, getContactTask,
    getContactNotes, getContactNote, listContacts,
  ],
  calendars: [
    listCalendarGroups, listCalendars, getCalendar, getFreeSlots, listCalendarEvents, listBlockedSlots,
    getAppointment, listAppointmentNotes, listAppointmentChoices, listBlockedSlotChoices, listCalendarNotifications,
    getCalendarNotification, listCalendarResources, getCalendarResource, appointmentBooked, appointmentStatusChanged,
  ],
  opportunities: [
    searchOpportunities, getOpportunity, listPipelines, listPipelineStages, listLostReasons, newOpportunity,
    opportunityStageChanged, opportunityStatusChanged,
  ],
  users: [listUsers, searchUsers, filterUsersByEmail, getUser],
  businesses: [listBusinesses, getBusiness],
  workflows: [listWorkflows],
  campaigns: [listCampaigns],
  snapshots: [listSnapshots],
  conversations: [
    newInboundMessage, searchConversations, getConversation, getEmailMessage, getMessage, getConversationMessages,
    getMessageRecording, getMessageTranscription, downloadMessageTranscription, listConversationEmails,
    getLiveChatVisitor,
  ],
  locations: [listLocations, listInstalledSubAccounts, listSubAccountsToWatch],
  customFields: [listCustomFields],
  companies: [getCompany],
  associations: [findAssociations, getAssociation, getAssociationKey, getAssociationsByObjectKey, getRecordRelations],
  blogs: [checkBlogUrlSlug, listBlogAuthors, listBlogCategories, listBlogPosts, listBlogs],
  tags: [newTag],
  customValues: [newCustomValue, customValueChanged],
  objects: [listObjects, newRecord, getRecord],
  forms: [newFormSubmission, listForms],
  surveys: [newSurveySubmission, listSurveys],
  invoices: [newInvoice, invoicePaid],
  estimates: [newEstimate],
  payments: [newPayment, newOrder, newOrCancelledSubscription],
  products: [newProduct, listProductPrices],
  medias: [listMediaFolders],
  documents: [newDocument, listDocuments, listDocumentTemplates],
  instant,
  appEvents,
});
