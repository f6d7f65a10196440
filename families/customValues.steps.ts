// Every step of the Custom Values family (the sub-account's values that templates insert).
import newCustomValue from '../triggers/customValues/newCustomValue';
import customValueChanged from '../triggers/customValues/customValueChanged';
import createCustomValue from '../creates/customValues/createCustomValue';
import updateCustomValue from '../creates/customValues/updateCustomValue';
import deleteCustomValue from '../creates/customValues/deleteCustomValue';

export default [newCustomValue, customValueChanged, createCustomValue, updateCustomValue, deleteCustomValue];
