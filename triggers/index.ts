// Every trigger, by folder: the folder is the family docs/reference.md groups it under, and holds all
// three kinds of trigger of its events side by side: polling (`newContact.ts`, built by `trigger`),
// "(Instant, via Workflow)" (`contactTagAdded.workflow.ts`, `workflowHook`) and "(Instant)" from app
// events via the relay (`contactCreated.appEvent.ts`, `appEventHook`). Each family lists its polling
// triggers first, then its workflow ones, then its app-event ones. operations.ts reads this list (the
// app definition, the OAuth scopes and the contract test all follow from it).
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
import contactTagAddedWorkflow from './contacts/contactTagAdded.workflow';
import contactCreatedAppEvent from './contacts/contactCreated.appEvent';
import contactUpdatedAppEvent from './contacts/contactUpdated.appEvent';
import contactDeletedAppEvent from './contacts/contactDeleted.appEvent';
import contactDndChangedAppEvent from './contacts/contactDndChanged.appEvent';
import contactTagAddedAppEvent from './contacts/contactTagAdded.appEvent';
import taskCreatedAppEvent from './contacts/taskCreated.appEvent';
import taskCompletedAppEvent from './contacts/taskCompleted.appEvent';
import noteCreatedAppEvent from './contacts/noteCreated.appEvent';
import noteUpdatedAppEvent from './contacts/noteUpdated.appEvent';
import noteDeletedAppEvent from './contacts/noteDeleted.appEvent';
import taskDeletedAppEvent from './contacts/taskDeleted.appEvent';
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
import appointmentBookedWorkflow from './calendars/appointmentBooked.workflow';
import appointmentCreatedAppEvent from './calendars/appointmentCreated.appEvent';
import appointmentUpdatedAppEvent from './calendars/appointmentUpdated.appEvent';
import appointmentDeletedAppEvent from './calendars/appointmentDeleted.appEvent';
import searchOpportunities from './opportunities/searchOpportunities';
import getOpportunity from './opportunities/getOpportunity';
import listPipelines from './opportunities/listPipelines';
import listPipelineStages from './opportunities/listPipelineStages';
import listLostReasons from './opportunities/listLostReasons';
import newOpportunity from './opportunities/newOpportunity';
import opportunityStageChanged from './opportunities/opportunityStageChanged';
import opportunityStatusChanged from './opportunities/opportunityStatusChanged';
import opportunityStageChangedWorkflow from './opportunities/opportunityStageChanged.workflow';
import opportunityCreatedAppEvent from './opportunities/opportunityCreated.appEvent';
import opportunityStageChangedAppEvent from './opportunities/opportunityStageChanged.appEvent';
import opportunityStatusChangedAppEvent from './opportunities/opportunityStatusChanged.appEvent';
import opportunityValueChangedAppEvent from './opportunities/opportunityValueChanged.appEvent';
import opportunityAssignedAppEvent from './opportunities/opportunityAssigned.appEvent';
import opportunityUpdatedAppEvent from './opportunities/opportunityUpdated.appEvent';
import opportunityDeletedAppEvent from './opportunities/opportunityDeleted.appEvent';
import listUsers from './users/listUsers';
import searchUsers from './users/searchUsers';
import filterUsersByEmail from './users/filterUsersByEmail';
import getUser from './users/getUser';
import userCreatedAppEvent from './users/userCreated.appEvent';
import listBusinesses from './businesses/listBusinesses';
import getBusiness from './businesses/getBusiness';
import listWorkflows from './workflows/listWorkflows';
import newWorkflowEventWorkflow from './workflows/newWorkflowEvent.workflow';
import listCampaigns from './campaigns/listCampaigns';
import campaignStatusChangedAppEvent from './campaigns/campaignStatusChanged.appEvent';
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
import customerRepliedWorkflow from './conversations/customerReplied.workflow';
import inboundMessageAppEvent from './conversations/inboundMessage.appEvent';
import outboundMessageAppEvent from './conversations/outboundMessage.appEvent';
import conversationUnreadChangedAppEvent from './conversations/conversationUnreadChanged.appEvent';
import emailEventAppEvent from './conversations/emailEvent.appEvent';
import listLocations from './locations/listLocations';
import listInstalledSubAccounts from './locations/listInstalledSubAccounts';
import listSubAccountsToWatch from './locations/listSubAccountsToWatch';
import subAccountCreatedAppEvent from './locations/subAccountCreated.appEvent';
import subAccountUpdatedAppEvent from './locations/subAccountUpdated.appEvent';
import appInstalledAppEvent from './locations/appInstalled.appEvent';
import appUninstalledAppEvent from './locations/appUninstalled.appEvent';
import listCustomFields from './customFields/listCustomFields';
import getCompany from './companies/getCompany';
import findAssociations from './associations/findAssociations';
import getAssociation from './associations/getAssociation';
import getAssociationKey from './associations/getAssociationKey';
import getAssociationsByObjectKey from './associations/getAssociationsByObjectKey';
import getRecordRelations from './associations/getRecordRelations';
import associationCreatedAppEvent from './associations/associationCreated.appEvent';
import associationUpdatedAppEvent from './associations/associationUpdated.appEvent';
import associationDeletedAppEvent from './associations/associationDeleted.appEvent';
import relationCreatedAppEvent from './associations/relationCreated.appEvent';
import relationDeletedAppEvent from './associations/relationDeleted.appEvent';
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
import recordCreatedAppEvent from './objects/recordCreated.appEvent';
import recordUpdatedAppEvent from './objects/recordUpdated.appEvent';
import recordDeletedAppEvent from './objects/recordDeleted.appEvent';
import objectCreatedAppEvent from './objects/objectCreated.appEvent';
import objectUpdatedAppEvent from './objects/objectUpdated.appEvent';
import newFormSubmission from './forms/newFormSubmission';
import listForms from './forms/listForms';
import formSubmittedWorkflow from './forms/formSubmitted.workflow';
import newSurveySubmission from './surveys/newSurveySubmission';
import listSurveys from './surveys/listSurveys';
import newInvoice from './invoices/newInvoice';
import invoicePaid from './invoices/invoicePaid';
import invoiceSentAppEvent from './invoices/invoiceSent.appEvent';
import invoicePaidAppEvent from './invoices/invoicePaid.appEvent';
import invoicePartiallyPaidAppEvent from './invoices/invoicePartiallyPaid.appEvent';
import invoiceVoidedAppEvent from './invoices/invoiceVoided.appEvent';
import invoiceCreatedAppEvent from './invoices/invoiceCreated.appEvent';
import invoiceUpdatedAppEvent from './invoices/invoiceUpdated.appEvent';
import invoiceDeletedAppEvent from './invoices/invoiceDeleted.appEvent';
import newEstimate from './estimates/newEstimate';
import newPayment from './payments/newPayment';
import newOrder from './payments/newOrder';
import newOrCancelledSubscription from './payments/newOrCancelledSubscription';
import paymentReceivedWorkflow from './payments/paymentReceived.workflow';
import orderCreatedAppEvent from './payments/orderCreated.appEvent';
import orderStatusChangedAppEvent from './payments/orderStatusChanged.appEvent';
import newProduct from './products/newProduct';
import listProductPrices from './products/listProductPrices';
import productCreatedAppEvent from './products/productCreated.appEvent';
import productUpdatedAppEvent from './products/productUpdated.appEvent';
import productDeletedAppEvent from './products/productDeleted.appEvent';
import priceCreatedAppEvent from './products/priceCreated.appEvent';
import priceUpdatedAppEvent from './products/priceUpdated.appEvent';
import priceDeletedAppEvent from './products/priceDeleted.appEvent';
import listMediaFolders from './medias/listMediaFolders';
import newDocument from './documents/newDocument';
import listDocuments from './documents/listDocuments';
import listDocumentTemplates from './documents/listDocumentTemplates';
import { withOtherKinds } from './otherKinds';

// Each description names the other kinds of trigger of its event (triggers/otherKinds.ts).
export const triggers: Record<string, Step[]> = withOtherKinds({
  contacts: [
    newContact,
    contactUpdated,
    contactTagAdded,
    newTask,
    taskCompleted,
    getContact,
    searchContacts,
    getContactsByBusiness,
    getDuplicateContact,
    getContactAppointments,
    getContactTasks,
    getContactTask,
    getContactNotes,
    getContactNote,
    listContacts,
    contactTagAddedWorkflow,
    contactCreatedAppEvent,
    contactUpdatedAppEvent,
    contactDeletedAppEvent,
    contactDndChangedAppEvent,
    contactTagAddedAppEvent,
    taskCreatedAppEvent,
    taskCompletedAppEvent,
    noteCreatedAppEvent,
    noteUpdatedAppEvent,
    noteDeletedAppEvent,
    taskDeletedAppEvent,
  ],
  calendars: [
    listCalendarGroups,
    listCalendars,
    getCalendar,
    getFreeSlots,
    listCalendarEvents,
    listBlockedSlots,
    getAppointment,
    listAppointmentNotes,
    listAppointmentChoices,
    listBlockedSlotChoices,
    listCalendarNotifications,
    getCalendarNotification,
    listCalendarResources,
    getCalendarResource,
    appointmentBooked,
    appointmentStatusChanged,
    appointmentBookedWorkflow,
    appointmentCreatedAppEvent,
    appointmentUpdatedAppEvent,
    appointmentDeletedAppEvent,
  ],
  opportunities: [
    searchOpportunities,
    getOpportunity,
    listPipelines,
    listPipelineStages,
    listLostReasons,
    newOpportunity,
    opportunityStageChanged,
    opportunityStatusChanged,
    opportunityStageChangedWorkflow,
    opportunityCreatedAppEvent,
    opportunityStageChangedAppEvent,
    opportunityStatusChangedAppEvent,
    opportunityValueChangedAppEvent,
    opportunityAssignedAppEvent,
    opportunityUpdatedAppEvent,
    opportunityDeletedAppEvent,
  ],
  users: [listUsers, searchUsers, filterUsersByEmail, getUser, userCreatedAppEvent],
  businesses: [listBusinesses, getBusiness],
  workflows: [listWorkflows, newWorkflowEventWorkflow],
  campaigns: [listCampaigns, campaignStatusChangedAppEvent],
  snapshots: [listSnapshots],
  conversations: [
    newInboundMessage,
    searchConversations,
    getConversation,
    getEmailMessage,
    getMessage,
    getConversationMessages,
    getMessageRecording,
    getMessageTranscription,
    downloadMessageTranscription,
    listConversationEmails,
    getLiveChatVisitor,
    customerRepliedWorkflow,
    inboundMessageAppEvent,
    outboundMessageAppEvent,
    conversationUnreadChangedAppEvent,
    emailEventAppEvent,
  ],
  locations: [
    listLocations,
    listInstalledSubAccounts,
    listSubAccountsToWatch,
    subAccountCreatedAppEvent,
    subAccountUpdatedAppEvent,
    appInstalledAppEvent,
    appUninstalledAppEvent,
  ],
  customFields: [listCustomFields],
  companies: [getCompany],
  associations: [
    findAssociations,
    getAssociation,
    getAssociationKey,
    getAssociationsByObjectKey,
    getRecordRelations,
    associationCreatedAppEvent,
    associationUpdatedAppEvent,
    associationDeletedAppEvent,
    relationCreatedAppEvent,
    relationDeletedAppEvent,
  ],
  blogs: [checkBlogUrlSlug, listBlogAuthors, listBlogCategories, listBlogPosts, listBlogs],
  tags: [newTag],
  customValues: [newCustomValue, customValueChanged],
  objects: [
    listObjects,
    newRecord,
    getRecord,
    recordCreatedAppEvent,
    recordUpdatedAppEvent,
    recordDeletedAppEvent,
    objectCreatedAppEvent,
    objectUpdatedAppEvent,
  ],
  forms: [newFormSubmission, listForms, formSubmittedWorkflow],
  surveys: [newSurveySubmission, listSurveys],
  invoices: [
    newInvoice,
    invoicePaid,
    invoiceSentAppEvent,
    invoicePaidAppEvent,
    invoicePartiallyPaidAppEvent,
    invoiceVoidedAppEvent,
    invoiceCreatedAppEvent,
    invoiceUpdatedAppEvent,
    invoiceDeletedAppEvent,
  ],
  estimates: [newEstimate],
  payments: [newPayment, newOrder, newOrCancelledSubscription, paymentReceivedWorkflow, orderCreatedAppEvent, orderStatusChangedAppEvent],
  products: [
    newProduct,
    listProductPrices,
    productCreatedAppEvent,
    productUpdatedAppEvent,
    productDeletedAppEvent,
    priceCreatedAppEvent,
    priceUpdatedAppEvent,
    priceDeletedAppEvent,
  ],
  medias: [listMediaFolders],
  documents: [newDocument, listDocuments, listDocumentTemplates],
});
