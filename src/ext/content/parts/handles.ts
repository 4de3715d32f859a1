/** The contact cues' first look, imported on its own (a sub-frame's, before the background answered): see ../controller.ts. */
export { hasContactCue } from '../../../handles/cue-look';
