import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './explorer-store';
import { bindPlayback, type Timer } from './playback';

/** A clock the test advances by hand. */
function fakeTimer() {
  let now = 0;
  let id = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timer: Timer = {
    set(fn, ms) {
      due.set(++id, { at: now + ms, fn });
      return id;
    },
    clear(h) {
      due.delete(h);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const next = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      due.delete(next[0]);
      now = next[1].at;
      next[1].fn();
    }
    now = end;
  };
  return { timer, advance, pending: () => due.size };
}

const days = ['2020-01-01', '2020-01-05', '2020-02-01', '2024-01-01'];

describe('playback, a service of the store', () => {
  it('steps through the change days at the chosen speed and pauses at the last', () => {
    const store = createExplorerStore({ initial: { date: '2020-01-01' }, itemDays: {} });
    const clock = fakeTimer();
    const unbind = bindPlayback(store, { days, gapDays: 365, timer: clock.timer });
    store.getState().setSpeed(2);
    store.getState().play();
    clock.advance(500);
    expect(store.getState().date).toBe('2020-01-05');
    clock.advance(500);
    expect(store.getState().date).toBe('2020-02-01');
    // A gap of almost four years ahead: the step is held three times as long.
    clock.advance(500);
    expect(store.getState().date).toBe('2020-02-01');
    clock.advance(1000);
    expect(store.getState().date).toBe('2024-01-01');
    clock.advance(500);
    expect(store.getState().playback.playing).toBe(false);
    expect(clock.pending()).toBe(0);
    unbind();
  });

  it('pause stops the clock; unbinding stops listening', () => {
    const store = createExplorerStore({ initial: { date: '2020-01-01' }, itemDays: {} });
    const clock = fakeTimer();
    const unbind = bindPlayback(store, { days, gapDays: 365, timer: clock.timer });
    store.getState().play();
    store.getState().pause();
    clock.advance(5000);
    expect(store.getState().date).toBe('2020-01-01');
    unbind();
    store.getState().play();
    clock.advance(5000);
    expect(store.getState().date).toBe('2020-01-01');
  });

  it('with reduced motion the first step waits a full second at any speed', () => {
    const store = createExplorerStore({ initial: { date: '2020-01-01' }, itemDays: {} });
    const clock = fakeTimer();
    bindPlayback(store, { days, gapDays: 365, timer: clock.timer, reducedMotion: () => true });
    store.getState().setSpeed(8);
    store.getState().play();
    clock.advance(900);
    expect(store.getState().date).toBe('2020-01-01');
    clock.advance(100);
    expect(store.getState().date).toBe('2020-01-05');
  });
});
