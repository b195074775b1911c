/** The engine's workers failed; the message is written for the user and shown as it is. */
export class EngineStopped extends Error {
  override name = 'EngineStopped';
}
