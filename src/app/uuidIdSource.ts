import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import type { IdSource } from '../domain/ports';

// Fixed namespace for message-derived ids: every pane must derive the same id for one message.
const MESSAGE_NAMESPACE = '6f1c4a52-8d0e-4b7a-9a55-2f3c1d7e9b10';

/** Normalises an internetMessageId so that "<a@b>" and " A@B " name the same message. */
export function normaliseMessageId(internetMessageId: string): string {
  return internetMessageId.trim().replace(/^<|>$/g, '').toLowerCase();
}

export const uuidIdSource: IdSource = {
  newId: () => uuidv7(),
  forMessage: (internetMessageId) => uuidv5(`email:${normaliseMessageId(internetMessageId)}`, MESSAGE_NAMESPACE),
};
