# The app version, compiled in (`stapelwijzer --version`, the bundle's minimum app version check).
set(SW_APP_VERSION "${PROJECT_VERSION}")
