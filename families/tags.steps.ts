// Every step of the Tags family (the sub-account's tag list; contacts' tags are in Contacts).
import newTag from '../triggers/tags/newTag';
import createTag from '../creates/tags/createTag';
import renameTag from '../creates/tags/renameTag';
import deleteTag from '../creates/tags/deleteTag';

export default [newTag, createTag, renameTag, deleteTag];
