import { blogIdField, blogPostFields, blogPostOutputLabels, blogPostSample, postIdField, withId } from '../../families/blogs';
import { recordIn } from '../../highlevel/answers';
import { create } from '../../steps/define';

export default create({
  key: 'update_blog_post',
  noun: 'Blog Post',
  label: 'Update Blog Post',
  description: 'Replaces a blog post with new content and settings. HighLevel needs every required field again, not only the changes.',
  endpoint: 'PUT /blogs/posts/{postId}',
  scopes: ['blogs/post-update.write'],
  fields: [blogIdField, { ...postIdField, in: 'path' }, ...blogPostFields],
  location: 'body',
  what: (i) => `Blog post ${i.postId}`,
  result: (data) => withId(recordIn(data, 'updatedBlogPost') ?? {}),
  sample: blogPostSample,
  outputLabels: blogPostOutputLabels,
});
