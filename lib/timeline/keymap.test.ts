import { describe, expect, it } from 'vitest';
import { ZOOM_STEP } from './domain';
import { focusTarget, keyAction, type KeyContext } from './keymap';

// Three lanes; items 0..3 in time order: 0 and 2 in lane 0, 1 in lane 1, 3 in lane 2.
const at = (active: number | null): KeyContext => ({
  order: [0, 1, 2, 3],
  orderOf: [0, 1, 2, 3],
  laneOf: [0, 1, 0, 2],
  entries: [
    [
      { index: 0, start: 0, end: 10 },
      { index: 2, start: 20, end: 30 },
    ],
    [{ index: 1, start: 10, end: 20 }],
    [{ index: 3, start: 30, end: 40 }],
  ],
  active,
  plotW: 800,
});

describe('keyAction(press, context)', () => {
  it('steps in time order with Left and Right, from the ends when nothing is active', () => {
    expect(keyAction({ key: 'ArrowRight' }, at(null))).toEqual({ kind: 'activate', index: 0 });
    expect(keyAction({ key: 'ArrowLeft' }, at(null))).toEqual({ kind: 'activate', index: 3 });
    expect(keyAction({ key: 'ArrowRight' }, at(1))).toEqual({ kind: 'activate', index: 2 });
    expect(keyAction({ key: 'ArrowLeft' }, at(1))).toEqual({ kind: 'activate', index: 0 });
    expect(keyAction({ key: 'ArrowRight' }, at(3))).toEqual({ kind: 'activate', index: 3 });
  });
  it('jumps with Home and End', () => {
    expect(keyAction({ key: 'Home' }, at(2))).toEqual({ kind: 'activate', index: 0 });
    expect(keyAction({ key: 'End' }, at(0))).toEqual({ kind: 'activate', index: 3 });
  });
  it('moves between lanes with Up and Down, and stays (taken) at the top and bottom', () => {
    expect(keyAction({ key: 'ArrowDown' }, at(0))).toEqual({ kind: 'activate', index: 1 });
    expect(keyAction({ key: 'ArrowUp' }, at(3))).toEqual({ kind: 'activate', index: 1 });
    expect(keyAction({ key: 'ArrowUp' }, at(0))).toEqual({ kind: 'none' });
    expect(keyAction({ key: 'ArrowDown' }, at(3))).toEqual({ kind: 'none' });
    expect(keyAction({ key: 'ArrowDown' }, at(null))).toBeNull();
  });
  it('selects with Enter or Space, only with an active item; Escape clears', () => {
    expect(keyAction({ key: 'Enter' }, at(2))).toEqual({ kind: 'select', index: 2 });
    expect(keyAction({ key: ' ' }, at(2))).toEqual({ kind: 'select', index: 2 });
    expect(keyAction({ key: 'Enter' }, at(null))).toBeNull();
    expect(keyAction({ key: 'Escape' }, at(null))).toEqual({ kind: 'clear' });
  });
  it('zooms with + = and − - _, fits with 0', () => {
    for (const key of ['+', '='])
      expect(keyAction({ key }, at(null))).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    for (const key of ['-', '_', '−'])
      expect(keyAction({ key }, at(null))).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyAction({ key: '0' }, at(null))).toEqual({ kind: 'fit' });
  });
  it('pans a quarter of the plot with Shift and Left (earlier) or Right (later)', () => {
    expect(keyAction({ key: 'ArrowLeft', shiftKey: true }, at(1))).toEqual({
      kind: 'pan',
      px: 200,
    });
    expect(keyAction({ key: 'ArrowRight', shiftKey: true }, at(1))).toEqual({
      kind: 'pan',
      px: -200,
    });
    expect(keyAction({ key: 'Home', shiftKey: true }, at(1))).toEqual({
      kind: 'activate',
      index: 0,
    });
  });
  it('leaves Alt, Ctrl and Meta presses and other keys to the page', () => {
    expect(keyAction({ key: 'ArrowRight', altKey: true }, at(1))).toBeNull();
    expect(keyAction({ key: 'ArrowRight', ctrlKey: true }, at(1))).toBeNull();
    expect(keyAction({ key: '+', metaKey: true }, at(1))).toBeNull();
    expect(keyAction({ key: 'Tab' }, at(1))).toBeNull();
    expect(keyAction({ key: 'a' }, at(1))).toBeNull();
  });
  it('takes no step through an empty timeline', () => {
    const empty = { ...at(null), order: [], orderOf: [], laneOf: [], entries: [] };
    expect(keyAction({ key: 'ArrowRight' }, empty)).toBeNull();
    expect(keyAction({ key: 'End' }, empty)).toBeNull();
  });
});

describe('focusTarget(model, selectedId, viewStart)', () => {
  const span = (start: number | null, end: number | null) => ({ span: { start, end } });
  const model = {
    items: [span(0, 10), span(20, 30), span(null, null)] as never,
    indexOf: new Map([
      ['a', 0],
      ['b', 1],
      ['u', 2],
    ]),
    order: [0, 1],
    orderOf: Int32Array.from([0, 1, -1]),
  };
  it('takes the selected item when it is dated', () => {
    expect(focusTarget(model, 'b', 0)).toBe(1);
  });
  it('else the first item that ends after the view’s left edge, else the first', () => {
    expect(focusTarget(model, 'u', 15)).toBe(1);
    expect(focusTarget(model, null, 5)).toBe(0);
    expect(focusTarget(model, null, 99)).toBe(0);
    expect(focusTarget({ ...model, order: [] }, null, 0)).toBeNull();
  });
});
