# The Debian package, made by `cpack` in the build folder (packaging/package.sh runs it after the
# set-up): the installation of packaging/CMakeLists.txt under /usr, depending on the libraries
# that dpkg-shlibdeps finds the programs linked to. Included from the top CMakeLists.txt.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME clusterbelt)
set(CPACK_PACKAGE_VENDOR "ClusterBelt")
set(CPACK_PACKAGE_CONTACT "ClusterBelt maintainers <maintainers@clusterbelt.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "map and match China's industrial clusters and online belts")
# One paragraph per line group; CPack indents it as the control file's extended description.
set(CPACK_PACKAGE_DESCRIPTION "\
ClusterBelt is a desktop GIS for economic geographers who study where China's
national industrial clusters (NDRC, MIIT and MOST programmes) and its online
industrial belts coincide. Clusters and belts are put in their prefecture,
matched city by city (identical, similar or no industry match), described with
standard deviational ellipses in an equal-area projection, explored on a map
and exported as figures (PNG, SVG, PDF) and data (GeoPackage, Shapefile, CSV,
XLSX).

The package holds the application, the command-line tool clusterbelt-cli and
the bundled prefecture boundaries, cluster and belt lists, industry taxonomy
and gazetteer.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)     # dpkg-deb's own default
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # clusterbelt_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt and the map load at run time, which dpkg-shlibdeps cannot see. The X11 (xcb) platform
# plugin comes with libqt6gui6, a dependency already; the Wayland one is qt6-wayland (without it
# Qt runs through XWayland). The CJK fonts draw the Chinese names on the map and in figures, Qt's
# own translations its standard dialogs in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
# Control files readable by all, as dpkg and lintian expect.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
