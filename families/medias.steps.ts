// Every step of the Media family.
import uploadFileToMediaLibrary from '../creates/medias/uploadFileToMediaLibrary';
import listMediaFolders from '../triggers/medias/listMediaFolders';

export default [uploadFileToMediaLibrary, listMediaFolders];
