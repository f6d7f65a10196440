import { blogIdField, blogPostFields, blogPostOutputLabels, blogPostSample, withId } from '../../families/blogs';
import { recordIn } from '../../highlevel/answers';
import { create } from '../../steps/define';

export default create({
  key: 'create_blog_post',
  noun: 'Blog Post',
  label: 'Create Blog Post',
  description: 'Writes a new post on a HighLevel blog, as a draft, published now or scheduled.',
  endpoint: 'POST /blogs/posts',
  scopes: ['blogs/post.write'],
  fields: [blogIdField, ...blogPostFields],
  location: 'body',
  result: (data) => withId(recordIn(data, 'data') ?? {}),
  sample: blogPostSample,
  outputLabels: blogPostOutputLabels,
});
