/** Part of the engine evaluated in a task of its own: see ../controller.ts. */
export { buildModelSteps } from '../../../dom/model';
