import type { TimelineController } from '@/lib/timeline/controller';
import type { TimelineLayers } from './scaffold';

/**
 * The pointer on the plot, handed to the controller in plot pixels: hover, click or tap, and
 * keyboard focus on press. While the reader drags, wheels or pinches, hover waits: the marks
 * move under a still pointer, and a tooltip chasing them would cost a layout every frame.
 */
export function bindPointer(layers: TimelineLayers, ctl: TimelineController) {
  const { plot, listbox, toPlot } = layers;
  let gesture = false;
  let last: [number, number] | null = null; // the pointer, in viewport pixels
  let pressing = false;
  const hoverAt = ([clientX, clientY]: [number, number]) =>
    ctl.pointerMove(...toPlot(clientX, clientY));
  plot
    .on('pointermove.hover', (event: PointerEvent) => {
      last = [event.clientX, event.clientY];
      if (gesture || event.buttons !== 0) return;
      hoverAt(last);
    })
    .on('pointerleave.hover', () => {
      last = null;
      ctl.clearHover();
    })
    .on('click.select', (event: MouseEvent) => ctl.click(...toPlot(event.clientX, event.clientY)))
    // A press on the plot gives the timeline keyboard focus, without the keyboard's auto-pick.
    .on('pointerdown.focus', () => {
      pressing = true;
      (listbox.node() as HTMLElement).focus({ preventScroll: true });
      pressing = false;
    });
  return {
    /** True while a press is moving focus to the listbox. */
    pressing: () => pressing,
    gesture(active: boolean) {
      gesture = active;
      if (active) return ctl.clearHover();
      if (last) requestAnimationFrame(() => last && !gesture && hoverAt(last));
    },
  };
}
