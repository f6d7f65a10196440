import { folderSample, MEDIA_SCOPES } from '../../families/medias';
import { connectedAlt } from '../../families/payments';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_media_folders',
  noun: 'Folder',
  label: 'List Media Folders',
  description: 'Triggers when a folder is added to the media library; lists folders for dropdowns.',
  hidden: true,
  endpoint: 'GET /medias/files',
  scopes: MEDIA_SCOPES.read,
  request: (_input, bundle, { page, limit }) => ({
    query: { ...connectedAlt(bundle), type: 'folder', sortBy: 'createdAt', sortOrder: 'desc', limit, offset: page * limit },
  }),
  list: 'files',
  item: (f) => ({ ...f, id: f._id ?? f.id }),
  newest: 'createdAt',
  sample: folderSample,
  outputLabels: { id: 'Folder ID', name: 'Folder Name' },
});
