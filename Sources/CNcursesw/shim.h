#ifndef WEIBAO_CNCURSESW_SHIM_H
#define WEIBAO_CNCURSESW_SHIM_H
// Wide-character curses: get_wch, mvaddnwstr, setcchar need the X/Open extended API.
#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#endif
