#ifndef ARCHESTRA_NCURSES_SHIM_H
#define ARCHESTRA_NCURSES_SHIM_H
// Wide-character ncurses API (cchar_t, wget_wch) is only declared with these set.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals (shared mutable state) and cannot see function-like
// macros, so each one the backend needs is wrapped here.
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }
static inline FILE *shim_stderr(void) { return stderr; }
static inline int shim_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int shim_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_blink(void) { return A_BLINK; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_ok(void) { return OK; }
static inline int shim_err(void) { return ERR; }
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

// Mouse: clicks and the wheel (buttons 4 and 5), without motion reports.
static inline void shim_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}
static inline int shim_key_mouse(void) { return KEY_MOUSE; }
/// Reads the pending mouse event: 1 click, 4 wheel up, 5 wheel down, 0 anything else.
static inline int shim_mouse_event(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
    if (event.bstate & BUTTON5_PRESSED) return 5;
    return 0;
}

/// Writes `text` (UTF-8) at (y, x) with the given attributes and colour pair.
static inline int shim_put_text(WINDOW *w, int y, int x, const char *text, attr_t attrs, short pair) {
    if (wmove(w, y, x) == ERR) return ERR;
    wattr_set(w, attrs, pair, NULL);
    return waddstr(w, text);
}
#endif
