// Every step of the Invoices family.
import newInvoice from '../triggers/invoices/newInvoice';
import invoicePaid from '../triggers/invoices/invoicePaid';

export default [newInvoice, invoicePaid];
