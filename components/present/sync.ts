// Keeps the audience window and the presenter window on the same step. BroadcastChannel
// where the browser has it; localStorage "storage" events otherwise (both fire only in the
// *other* windows of the same origin, so a window never hears its own message).

/** What one window tells the others. */
export type PresentMessage =
  | { type: 'step'; story: string; index: number }
  | { type: 'hello'; story: string }
  | { type: 'blank'; story: string; on: boolean };

const CHANNEL = 'faultline-present';
const STORAGE_KEY = 'faultline-present-message';

function isMessage(x: unknown): x is PresentMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    typeof m.story === 'string' &&
    (m.type === 'hello' ||
      (m.type === 'step' && typeof m.index === 'number') ||
      (m.type === 'blank' && typeof m.on === 'boolean'))
  );
}

/** Opens the link between windows; call close() on unmount. */
export function openPresentSync(onMessage: (m: PresentMessage) => void): {
  post: (m: PresentMessage) => void;
  close: () => void;
} {
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL) : null;
  const onChannel = (e: MessageEvent<unknown>) => {
    if (isMessage(e.data)) onMessage(e.data);
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY || !e.newValue) return;
    try {
      const data: unknown = JSON.parse(e.newValue);
      const m = (data as { m?: unknown }).m;
      if (isMessage(m)) onMessage(m);
    } catch {
      // another app's value under our key: ignore
    }
  };
  channel?.addEventListener('message', onChannel);
  if (!channel) window.addEventListener('storage', onStorage);
  return {
    post(m) {
      if (channel) channel.postMessage(m);
      else {
        try {
          // A timestamp makes every message a change, so repeats still fire.
          localStorage.setItem(STORAGE_KEY, JSON.stringify({ m, t: Date.now() }));
        } catch {
          // storage disabled: the windows cannot sync
        }
      }
    },
    close() {
      channel?.removeEventListener('message', onChannel);
      channel?.close();
      window.removeEventListener('storage', onStorage);
    },
  };
}
