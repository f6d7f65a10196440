// Every step of the Users family.
import listUsers from '../triggers/users/listUsers';

export default [listUsers];
