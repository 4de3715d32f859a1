/** The text layer (its t2s table built), imported on its own so it is evaluated in a task of its own. */
export { normalize } from '../../../text/normalize';
