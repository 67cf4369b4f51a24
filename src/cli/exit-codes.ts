export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
/** Stopped by Ctrl-C in the middle of its work (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;
