// Every step of the Users family.
import listUsers from '../triggers/users/listUsers';
import searchUsers from '../triggers/users/searchUsers';
import filterUsersByEmail from '../triggers/users/filterUsersByEmail';
import getUser from '../triggers/users/getUser';
import createUser from '../creates/users/createUser';
import updateUser from '../creates/users/updateUser';
import deleteUser from '../creates/users/deleteUser';

export default [listUsers, searchUsers, filterUsersByEmail, getUser, createUser, updateUser, deleteUser];
