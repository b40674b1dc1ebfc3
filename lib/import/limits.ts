/** The largest event file read at once (as large as a data file may be). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
