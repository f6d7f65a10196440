// Every step of the "Other Operations" catalog category: locations, custom fields, companies,
// associations and blogs.
import type { Step } from '../steps/define';

export default [] as Step[];
