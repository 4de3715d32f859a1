export default defineBackground(() => {
  // Badge and message handling arrive with the in-page warning.
});
