; Removes what file-association-install.nsh wrote, if it still points at this installation.
ReadRegStr $0 SHCTX "Software\Classes\.causeway" ""
StrCmp $0 "Causeway.Bundle" 0 +2
DeleteRegKey SHCTX "Software\Classes\.causeway"
DeleteRegKey SHCTX "Software\Classes\Causeway.Bundle"
System::Call "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"
