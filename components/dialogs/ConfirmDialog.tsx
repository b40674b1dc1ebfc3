'use client';

import { useEffect, useId, useRef } from 'react';
import styles from './confirm-dialog.module.css';

/** A question put to the reader before work is replaced or thrown away. */
export interface ConfirmRequest {
  title: string;
  body: string;
  /** The button that goes ahead, in words that say what it does ("Replace", "Clear"). */
  confirm: string;
  /** The button that keeps things as they are. */
  cancel: string;
  onConfirm: () => void;
}

/**
 * A modal question (the native <dialog>: focus is trapped inside, Escape cancels, and closing
 * returns focus to the control that opened it). Keeping is the default: it has the focus.
 */
export default function ConfirmDialog({
  request,
  onClose,
}: {
  request: ConfirmRequest | null;
  onClose: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (request && d && !d.open) d.showModal();
  }, [request]);
  const close = () => ref.current?.close();
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClose}
    >
      {request && (
        <>
          <h2 id={`${id}-title`} className={styles.title}>
            {request.title}
          </h2>
          <p id={`${id}-body`}>{request.body}</p>
          <div className={styles.buttons}>
            <button type="button" className="button" autoFocus onClick={close}>
              {request.cancel}
            </button>
            <button
              type="button"
              className={`button ${styles.danger}`}
              onClick={() => {
                close();
                request.onConfirm();
              }}
            >
              {request.confirm}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
