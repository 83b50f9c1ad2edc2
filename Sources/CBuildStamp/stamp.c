// The version and commit this binary was built from.
//
// This committed file is the development default. scripts/stage.sh overwrites it with the release's
// version and commit for the length of its build and puts this text back afterwards, because SwiftPM has
// no way to pass a string into a build. It is C so that a new stamp costs one small compile and a link,
// not a whole-module compile of archestra-tui.
#include "build_stamp.h"

#define ARCHESTRA_VERSION "0.1.0"
#define ARCHESTRA_COMMIT "unknown (development build)"

const char *archestra_build_version(void) { return ARCHESTRA_VERSION; }
const char *archestra_build_commit(void) { return ARCHESTRA_COMMIT; }
