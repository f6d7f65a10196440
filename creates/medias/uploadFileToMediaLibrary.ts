import { MEDIA_SCOPES, uploadFile, uploadSample } from '../../families/medias';
import { create } from '../../steps/define';

export default create({
  key: 'upload_file_to_media_library',
  noun: 'File',
  label: 'Upload File to Media Library',
  description:
    "Uploads a file from an earlier step (a form upload, a drive file, an attachment) to the sub-account's media library and outputs its hosted URL.",
  endpoint: 'POST /medias/upload-file',
  scopes: MEDIA_SCOPES.write,
  fields: [
    {
      key: 'file',
      label: 'File',
      type: 'file',
      required: true,
      example: 'https://zapier-dev-files.s3.amazonaws.com/cli-platform/f1Xy9/signed-proposal.pdf',
      helpText: 'The file: map a file from an earlier step, or a public link to one. Up to 25 MB.',
    },
    {
      key: 'name',
      label: 'File Name',
      example: 'signed-proposal.pdf',
      helpText: "The name it gets in the media library, with its extension, like proposal.pdf. Leave empty to keep the file's own name.",
    },
    {
      key: 'folderId',
      label: 'Folder',
      dynamic: 'list_media_folders.id.name',
      example: '64af50c42d567a3b4f5989e0',
      helpText: 'The media library folder to put it in. Leave empty for the top level.',
    },
  ],
  perform: uploadFile,
  sample: uploadSample,
  outputLabels: {
    id: 'File ID',
    fileId: 'File ID (HighLevel)',
    url: 'Hosted URL',
    name: 'File Name',
    folderId: 'Folder ID',
    contentType: 'File Type',
    size: 'Size (Bytes)',
  },
});
