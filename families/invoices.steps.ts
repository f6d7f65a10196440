// Every step of the Invoices family: invoices and estimates (one HighLevel document holds both).
import newInvoice from '../triggers/invoices/newInvoice';
import invoicePaid from '../triggers/invoices/invoicePaid';
import createInvoice from '../creates/invoices/createInvoice';
import sendInvoice from '../creates/invoices/sendInvoice';
import recordInvoicePayment from '../creates/invoices/recordInvoicePayment';
import voidInvoice from '../creates/invoices/voidInvoice';
import createAndSendInvoice from '../creates/invoices/createAndSendInvoice';
import findInvoice from '../searches/invoices/findInvoice';
import newEstimate from '../triggers/estimates/newEstimate';
import createEstimate from '../creates/estimates/createEstimate';
import sendEstimate from '../creates/estimates/sendEstimate';
import convertEstimateToInvoice from '../creates/estimates/convertEstimateToInvoice';

export default [
  newInvoice, invoicePaid, createInvoice, sendInvoice, recordInvoicePayment, voidInvoice, createAndSendInvoice, findInvoice,
  newEstimate, createEstimate, sendEstimate, convertEstimateToInvoice,
];
