# cmake -DTREE=<dir> -DINSTALL_SCRIPT=<build>/packaging/cmake_install.cmake -P InstallTree.cmake
# A fresh <dir>/usr with what packaging/ installs, as a package would lay it out.
file(REMOVE_RECURSE ${TREE})
set(CMAKE_INSTALL_PREFIX ${TREE}/usr)
include(${INSTALL_SCRIPT})
