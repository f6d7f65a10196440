// Every step of the Conversations & Messages family.
import type { Step } from '../steps/define';

export default [] as Step[];
