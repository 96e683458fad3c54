#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
/* _XOPEN_SOURCE alone would hide the glibc defaults (__USE_MISC), and the system headers
   would then disagree with the copies Swift's Glibc module already saw. */
#define _DEFAULT_SOURCE 1

#ifndef WEIBAO_CNCURSESW_SHIM_H
#define WEIBAO_CNCURSESW_SHIM_H

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <wchar.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 rejects mutable C globals and cannot import function-like macros, so the
   Terminal module reaches them only through these helpers. */

static inline FILE *weibao_stdin(void) { return stdin; }
static inline FILE *weibao_stdout(void) { return stdout; }
static inline WINDOW *weibao_stdscr(void) { return stdscr; }
static inline WINDOW *weibao_curscr(void) { return curscr; }
static inline int weibao_cols(void) { return COLS; }
static inline int weibao_lines(void) { return LINES; }
static inline int weibao_colors(void) { return COLORS; }
static inline int weibao_color_pairs(void) { return COLOR_PAIRS; }
static inline int weibao_key_f(int n) { return KEY_F(n); }
static inline attr_t weibao_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline void weibao_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

static inline attr_t weibao_a_normal(void) { return A_NORMAL; }
static inline attr_t weibao_a_bold(void) { return A_BOLD; }
static inline attr_t weibao_a_dim(void) { return A_DIM; }
static inline attr_t weibao_a_reverse(void) { return A_REVERSE; }
static inline attr_t weibao_a_underline(void) { return A_UNDERLINE; }

static inline mmask_t weibao_button_pressed(int button) {
    switch (button) {
    case 1: return BUTTON1_PRESSED;
    case 2: return BUTTON2_PRESSED;
    case 3: return BUTTON3_PRESSED;
    case 4: return BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    case 5: return BUTTON5_PRESSED;
#endif
    default: return 0;
    }
}

/* Checks TERM against terminfo without letting ncurses print or exit.
   Returns setupterm's error code (1 found, 0 unknown or generic, -1 no database) and
   whether the entry can address the cursor, which a full-screen program needs. */
static inline int weibao_probe_term(const char *name, int fd, int *can_address) {
    int err = 0;
    *can_address = 0;
    if (setupterm((char *)name, fd, &err) != OK) return err;
    char *cup = tigetstr("cup");
    *can_address = (cup != NULL && cup != (char *)-1);
    TERMINAL *probe = cur_term;
    set_curterm(NULL);
    del_curterm(probe);
    return err;
}

/* A terminfo string capability of the current terminal, or NULL when it has none. */
static inline const char *weibao_tigetstr(const char *cap) {
    char *s = tigetstr(cap);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

/* The size of the terminal on fd, from the kernel rather than LINES/COLUMNS. */
static inline int weibao_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* sigaction without the platform differences in the handler union. */
static inline int weibao_sigaction(int sig, void (*handler)(int), int flags, struct sigaction *old) {
    struct sigaction sa;
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    return sigaction(sig, &sa, old);
}
static inline int weibao_sigaction_default(int sig) { return weibao_sigaction(sig, SIG_DFL, 0, NULL); }
static inline int weibao_sigaction_restore(int sig, const struct sigaction *old) { return sigaction(sig, old, NULL); }

#endif
