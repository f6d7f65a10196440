// Every step of the Documents and Contracts family.
import newDocument from '../triggers/documents/newDocument';
import listDocuments from '../triggers/documents/listDocuments';
import listDocumentTemplates from '../triggers/documents/listDocumentTemplates';
import sendDocument from '../creates/documents/sendDocument';
import sendTemplate from '../creates/documents/sendTemplate';

export default [newDocument, listDocuments, listDocumentTemplates, sendDocument, sendTemplate];
