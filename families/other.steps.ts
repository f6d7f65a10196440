// Every step of the "Other Operations" catalog category: locations, custom fields, companies,
// associations and blogs.
import listLocations from '../triggers/locations/listLocations';
import listCustomFields from '../triggers/customFields/listCustomFields';
import getCompany from '../triggers/companies/getCompany';
import findAssociations from '../triggers/associations/findAssociations';
import getAssociation from '../triggers/associations/getAssociation';
import getAssociationKey from '../triggers/associations/getAssociationKey';
import getAssociationsByObjectKey from '../triggers/associations/getAssociationsByObjectKey';
import getRecordRelations from '../triggers/associations/getRecordRelations';
import checkBlogUrlSlug from '../triggers/blogs/checkBlogUrlSlug';
import listBlogAuthors from '../triggers/blogs/listBlogAuthors';
import listBlogCategories from '../triggers/blogs/listBlogCategories';
import listBlogPosts from '../triggers/blogs/listBlogPosts';
import listBlogs from '../triggers/blogs/listBlogs';
import findLocation from '../searches/locations/findLocation';
import findSubAccount from '../searches/locations/findSubAccount';
import listInstalledSubAccounts from '../triggers/locations/listInstalledSubAccounts';
import listSubAccountsToWatch from '../triggers/locations/listSubAccountsToWatch';
import createLocation from '../creates/locations/createLocation';
import createAssociation from '../creates/associations/createAssociation';
import updateAssociation from '../creates/associations/updateAssociation';
import deleteAssociation from '../creates/associations/deleteAssociation';
import createRelation from '../creates/associations/createRelation';
import deleteRelation from '../creates/associations/deleteRelation';
import createBlogPost from '../creates/blogs/createBlogPost';
import updateBlogPost from '../creates/blogs/updateBlogPost';

export default [
  listLocations, listCustomFields, getCompany,
  findAssociations, getAssociation, getAssociationKey, getAssociationsByObjectKey, getRecordRelations,
  checkBlogUrlSlug, listBlogAuthors, listBlogCategories, listBlogPosts, listBlogs,
  findLocation, createLocation, listInstalledSubAccounts, listSubAccountsToWatch, findSubAccount,
  createAssociation, updateAssociation, deleteAssociation, createRelation, deleteRelation,
  createBlogPost, updateBlogPost,
];
