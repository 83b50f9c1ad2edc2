// The version and commit this binary was built from (the texts are in stamp.c).
#ifndef ARCHESTRA_BUILD_STAMP_H
#define ARCHESTRA_BUILD_STAMP_H

const char *archestra_build_version(void);
const char *archestra_build_commit(void);

#endif
