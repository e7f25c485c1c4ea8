; Opening a .causeway bundle starts Causeway, which imports it (causeway.exe FILE).
WriteRegStr SHCTX "Software\Classes\.causeway" "" "Causeway.Bundle"
WriteRegStr SHCTX "Software\Classes\.causeway" "Content Type" "application/x-causeway-bundle"
WriteRegStr SHCTX "Software\Classes\Causeway.Bundle" "" "Causeway postmortem bundle"
WriteRegStr SHCTX "Software\Classes\Causeway.Bundle\DefaultIcon" "" "$INSTDIR\bin\causeway.exe,0"
WriteRegStr SHCTX "Software\Classes\Causeway.Bundle\shell\open\command" "" '"$INSTDIR\bin\causeway.exe" "%1"'
; Tell Explorer that file associations changed, so icons refresh without a log-out.
System::Call "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"
