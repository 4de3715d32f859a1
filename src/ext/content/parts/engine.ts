/** The scan session (lexicons compiled), the last part of the engine: see ../controller.ts. */
export { createScanSession } from '../../../engine/session';
