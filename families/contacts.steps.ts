// Every step of the Contacts family (catalog category "Contacts").
import getContact from '../triggers/contacts/getContact';
import searchContacts from '../triggers/contacts/searchContacts';
import getContactsByBusiness from '../triggers/contacts/getContactsByBusiness';
import getDuplicateContact from '../triggers/contacts/getDuplicateContact';
import getContactAppointments from '../triggers/contacts/getContactAppointments';
import getContactTasks from '../triggers/contacts/getContactTasks';
import getContactTask from '../triggers/contacts/getContactTask';
import getContactNotes from '../triggers/contacts/getContactNotes';
import getContactNote from '../triggers/contacts/getContactNote';
import listContacts from '../triggers/contacts/listContacts';
import newContact from '../triggers/contacts/newContact';
import contactUpdated from '../triggers/contacts/contactUpdated';
import contactTagAdded from '../triggers/contacts/contactTagAdded';
import newTask from '../triggers/contacts/newTask';
import taskCompleted from '../triggers/contacts/taskCompleted';
import createContact from '../creates/contacts/createContact';
import updateContact from '../creates/contacts/updateContact';
import deleteContact from '../creates/contacts/deleteContact';
import upsertContact from '../creates/contacts/upsertContact';
import addContactTags from '../creates/contacts/addContactTags';
import removeContactTags from '../creates/contacts/removeContactTags';
import bulkUpdateContactTags from '../creates/contacts/bulkUpdateContactTags';
import createContactTask from '../creates/contacts/createContactTask';
import updateContactTask from '../creates/contacts/updateContactTask';
import completeContactTask from '../creates/contacts/completeContactTask';
import deleteContactTask from '../creates/contacts/deleteContactTask';
import createContactNote from '../creates/contacts/createContactNote';
import updateContactNote from '../creates/contacts/updateContactNote';
import deleteContactNote from '../creates/contacts/deleteContactNote';
import addContactToCampaign from '../creates/contacts/addContactToCampaign';
import removeContactFromCampaign from '../creates/contacts/removeContactFromCampaign';
import removeContactFromAllCampaigns from '../creates/contacts/removeContactFromAllCampaigns';
import findContact from '../searches/contacts/findContact';

export default [
  newContact, contactUpdated, contactTagAdded, newTask, taskCompleted, // sub-account-wide events
  getContact, searchContacts, getContactsByBusiness, getDuplicateContact, getContactAppointments,
  getContactTasks, getContactTask, getContactNotes, getContactNote, listContacts,
  createContact, updateContact, deleteContact, upsertContact,
  addContactTags, removeContactTags, bulkUpdateContactTags,
  createContactTask, updateContactTask, completeContactTask, deleteContactTask,
  createContactNote, updateContactNote, deleteContactNote,
  addContactToCampaign, removeContactFromCampaign, removeContactFromAllCampaigns,
  findContact,
];
