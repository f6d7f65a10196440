// Every step of the Opportunities family.
import type { Step } from '../steps/define';

export default [] as Step[];
