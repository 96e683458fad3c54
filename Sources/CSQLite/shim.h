#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import:
// it tells sqlite to copy bound text before the call returns.
static inline sqlite3_destructor_type weibao_sqlite_transient(void) { return SQLITE_TRANSIENT; }
