'use client';

/** Opens the browser's print dialog (save as PDF from there). */
export default function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
