; NSIS script for the Windows installer around the PyInstaller one-folder build.
; Compile (also on Linux with Debian's `nsis`), from the repository root:
;   makensis -DVERSION=0.1.0 installer/jbn-selfscan.nsi
; Defines: VERSION (required), PAYLOAD (default ..\dist\jbn-selfscan, the output of
; installer/build.sh on Windows), OUTDIR (default ..\dist). Paths are relative to this file.
;
; Per-user install without administrator rights into %LOCALAPPDATA%\Programs\JBN Zelfscan,
; Start-menu shortcut, Dutch installer language. Silent install and uninstall for Intune/SCCM:
;   JBN-Zelfscan-<versie>-setup.exe /S
;   "%LOCALAPPDATA%\Programs\JBN Zelfscan\uninstall.exe" /S
; Uninstalling removes the program files only: the user's data and backups
; (%LOCALAPPDATA%\Jeugdbescherming Noord\JBN Zelfscan) stay where they are.
Unicode true
!ifndef VERSION
  !error "Geef de versie mee: makensis -DVERSION=x.y.z installer/jbn-selfscan.nsi"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\dist\jbn-selfscan"
!endif
!ifndef OUTDIR
  !define OUTDIR "..\dist"
!endif
!define APPNAME "JBN Zelfscan"
!define PUBLISHER "Jeugdbescherming Noord"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\JBN Zelfscan"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTDIR}\JBN-Zelfscan-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1043 "FileDescription" "Installatieprogramma ${APPNAME}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; an update replaces the program files; the data directory is elsewhere and stays
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\JBN Zelfscan.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\JBN Zelfscan.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only the program files: the user's data and backups are kept.
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\JBN Zelfscan.exe"
  Delete "$INSTDIR\jbn-selfscan.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
