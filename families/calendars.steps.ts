// Every step of the Calendars & Appointments family.
import type { Step } from '../steps/define';

export default [] as Step[];
