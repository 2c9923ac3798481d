; NSIS script for the Windows installer around the PyInstaller one-folder build.
; Compile (also on Linux with Debian's `nsis`):  makensis installer/jbn-selfscan.nsi
; Expects the build in dist\JBN Zelfscan (pyinstaller installer/jbn_selfscan.spec).
Unicode true
!define APPNAME "JBN Zelfscan"
!define VERSION "0.1.0"
Name "${APPNAME} ${VERSION}"
OutFile "..\dist\JBN-Zelfscan-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
RequestExecutionLevel user
SetCompressor /SOLID lzma
!include "MUI2.nsh"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "..\dist\JBN Zelfscan\*.*"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\JBN Zelfscan.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}" "UninstallString" "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
  ; The user's data (database, backups) lives in %LOCALAPPDATA%\Jeugdbescherming Noord and is kept.
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"
SectionEnd
