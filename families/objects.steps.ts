// Every step of the Custom Objects family (records of custom objects; associating them with contacts
// uses the Associations steps).
import listObjects from '../triggers/objects/listObjects';
import newRecord from '../triggers/objects/newRecord';
import getRecord from '../triggers/objects/getRecord';
import createRecord from '../creates/objects/createRecord';
import updateRecord from '../creates/objects/updateRecord';
import deleteRecord from '../creates/objects/deleteRecord';
import findRecord from '../searches/objects/findRecord';

export default [listObjects, newRecord, getRecord, createRecord, updateRecord, deleteRecord, findRecord];
