// Every step of the Tags family (the sub-account's tag list; contacts' tags are in Contacts).
import newTag from '../triggers/tags/newTag';

export default [newTag];
