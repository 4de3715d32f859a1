/** The contact-cue look (its Scanner built), imported on its own: see ../controller.ts. */
export { hasContactCue } from '../../../handles/cues';
