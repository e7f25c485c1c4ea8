<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Action</name>
        <message>
            <source>Prevent</source>
            <translation>Vorbeugen</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Erkennen</translation>
        </message>
        <message>
            <source>Mitigate</source>
            <translation>Eindämmen</translation>
        </message>
        <message>
            <source>Process / change request</source>
            <translation>Prozess / Änderungsantrag</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Won't do</source>
            <translation>Wird nicht umgesetzt</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Drill</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Beobachtung</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>Done, unverified</source>
            <translation>Erledigt, nicht verifiziert</translation>
        </message>
        <message>
            <source>"Won't do" needs a reason.</source>
            <translation>„Wird nicht umgesetzt“ braucht eine Begründung.</translation>
        </message>
    </context>
    <context>
        <name>ActionColumns</name>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Behebt</translation>
        </message>
    </context>
    <context>
        <name>AnalysisDue</name>
        <message>
            <source>No due date: set the incident end or a due date.</source>
            <translation>Kein Fälligkeitsdatum: Legen Sie das Ende des Vorfalls oder ein Fälligkeitsdatum fest.</translation>
        </message>
        <message>
            <source>Late: the analysis was due %1 (1 day ago).</source>
            <translation>Verspätet: Die Analyse war am %1 fällig (vor 1 Tag).</translation>
        </message>
        <message>
            <source>Late: the analysis was due %1 (%2 days ago).</source>
            <translation>Verspätet: Die Analyse war am %1 fällig (vor %2 Tagen).</translation>
        </message>
        <message>
            <source>Due %1 (set for this postmortem).</source>
            <translation>Fällig am %1 (für dieses Postmortem festgelegt).</translation>
        </message>
        <message>
            <source>Due %1 (1 business day after the incident ended).</source>
            <translation>Fällig am %1 (1 Arbeitstag nach Ende des Vorfalls).</translation>
        </message>
        <message>
            <source>Due %1 (%2 business days after the incident ended).</source>
            <translation>Fällig am %1 (%2 Arbeitstage nach Ende des Vorfalls).</translation>
        </message>
    </context>
    <context>
        <name>CauseVocabulary</name>
        <message>
            <source>Root cause</source>
            <translation>Grundursache</translation>
        </message>
        <message>
            <source>Contributing factor</source>
            <translation>Beitragender Faktor</translation>
        </message>
        <message>
            <source>Mitigator (what helped)</source>
            <translation>Hilfreicher Faktor (was half)</translation>
        </message>
        <message>
            <source>Open question</source>
            <translation>Offene Frage</translation>
        </message>
    </context>
    <context>
        <name>DisplayFormat</name>
        <message>
            <source>yyyy-MM-dd</source>
            <extracomment>The date format for display, as in QDate::toString: keep a four-digit year (yyyy) and the order and separators your language writes dates in, e.g. dd.MM.yyyy.</extracomment>
            <translation>dd.MM.yyyy</translation>
        </message>
    </context>
    <context>
        <name>DoraDeadlines</name>
        <message>
            <source>the classification time (Regulatory reporting → Classified as major at)</source>
            <translation>den Zeitpunkt der Einstufung (Meldepflichten → Als schwerwiegend eingestuft am)</translation>
        </message>
        <message>
            <source>the detection time (the Detected marker on the timeline)</source>
            <translation>den Zeitpunkt der Erkennung (die Markierung „Erkannt“ auf der Zeitleiste)</translation>
        </message>
        <message>
            <source>The reporting deadlines need %1.</source>
            <translation>Die Meldefristen benötigen %1.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
    </context>
    <context>
        <name>EditCommands</name>
        <message>
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Attach %1</source>
            <translation>%1 anhängen</translation>
        </message>
    </context>
    <context>
        <name>EventVocabulary</name>
        <message>
            <source>Observation</source>
            <translation>Beobachtung</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>Detection</source>
            <translation>Erkennung</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Eskalation</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Eindämmung</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Behebung</translation>
        </message>
        <message>
            <source>Customer impact</source>
            <translation>Kundenauswirkung</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Deploy</source>
            <translation>Deployment</translation>
        </message>
        <message>
            <source>Status page</source>
            <translation>Statusseite</translation>
        </message>
        <message>
            <source>Meeting notes</source>
            <translation>Besprechungsnotizen</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
    </context>
    <context>
        <name>KeyStore</name>
        <message>
            <source>No keychain is available: signing is disabled. Signing keys are kept only in the operating system's keychain (on Linux a Secret Service such as GNOME Keyring or KWallet in a desktop session); everything else works without it.</source>
            <translation>Es ist kein Schlüsselbund verfügbar: Signieren ist deaktiviert. Signaturschlüssel werden nur im Schlüsselbund des Betriebssystems aufbewahrt (unter Linux ein Secret Service wie GNOME Keyring oder KWallet in einer Desktop-Sitzung); alles andere funktioniert auch ohne.</translation>
        </message>
        <message>
            <source>(Keychain: %1)</source>
            <translation>(Schlüsselbund: %1)</translation>
        </message>
        <message>
            <source>The keychain has no entry "%1".</source>
            <translation>Der Schlüsselbund hat keinen Eintrag „%1“.</translation>
        </message>
        <message>
            <source>The keychain did not answer within %1 seconds.</source>
            <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
        </message>
        <message>
            <source>The keychain entry "%1" cannot be read: %2</source>
            <translation>Der Schlüsselbundeintrag „%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The keychain refused to store "%1": %2</source>
            <translation>Der Schlüsselbund hat das Speichern von „%1“ verweigert: %2</translation>
        </message>
        <message>
            <source>The keychain entry "%1" cannot be removed: %2</source>
            <translation>Der Schlüsselbundeintrag „%1“ kann nicht entfernt werden: %2</translation>
        </message>
    </context>
    <context>
        <name>PhaseMarkers</name>
        <message>
            <source>Incident start</source>
            <translation>Beginn des Vorfalls</translation>
        </message>
        <message>
            <source>Customer impact start</source>
            <translation>Beginn der Kundenauswirkung</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>Erkannt</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <source>Mitigated</source>
            <translation>Eingedämmt</translation>
        </message>
        <message>
            <source>Customer impact end</source>
            <translation>Ende der Kundenauswirkung</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Behoben</translation>
        </message>
    </context>
    <context>
        <name>PhaseMetrics</name>
        <message>
            <source>Detect</source>
            <translation>Erkennen</translation>
        </message>
        <message>
            <source>Time to detect</source>
            <translation>Zeit bis zur Erkennung</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <source>Time to acknowledge</source>
            <translation>Zeit bis zur Bestätigung</translation>
        </message>
        <message>
            <source>Mitigate</source>
            <translation>Eindämmen</translation>
        </message>
        <message>
            <source>Time to mitigate</source>
            <translation>Zeit bis zur Eindämmung</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Beheben</translation>
        </message>
        <message>
            <source>Time to resolve</source>
            <translation>Zeit bis zur Behebung</translation>
        </message>
        <message>
            <source>Customer impact</source>
            <translation>Kundenauswirkung</translation>
        </message>
        <message>
            <source>Customer impact duration</source>
            <translation>Dauer der Kundenauswirkung</translation>
        </message>
        <message>
            <source>%1 (%2) is before %3 (%4).</source>
            <translation>%1 (%2) liegt vor %3 (%4).</translation>
        </message>
        <message>
            <source>%1 (%2) is after %3 (%4).</source>
            <translation>%1 (%2) liegt nach %3 (%4).</translation>
        </message>
        <message>
            <source>%1 is negative (%2): %3 (%4) is before %5 (%6).</source>
            <translation>%1 ist negativ (%2): %3 (%4) liegt vor %5 (%6).</translation>
        </message>
        <message>
            <source>%1 is %2, longer than %3 days: check the dates of %4 and %5.</source>
            <translation>%1 beträgt %2, mehr als %3 Tage: Prüfen Sie die Daten von %4 und %5.</translation>
        </message>
        <message>
            <source>1 event is before %1 (%2), at %3.</source>
            <translation>1 Ereignis liegt vor %1 (%2), um %3.</translation>
        </message>
        <message>
            <source>%1 events are before %2 (%3), the first at %4.</source>
            <translation>%1 Ereignisse liegen vor %2 (%3), das erste um %4.</translation>
        </message>
        <message>
            <source>1 event is after %1 (%2), at %3.</source>
            <translation>1 Ereignis liegt nach %1 (%2), um %3.</translation>
        </message>
        <message>
            <source>%1 events are after %2 (%3), the first of them at %4.</source>
            <translation>%1 Ereignisse liegen nach %2 (%3), das erste davon um %4.</translation>
        </message>
        <message>
            <source>%1 (%2) is in the future.</source>
            <translation>%1 (%2) liegt in der Zukunft.</translation>
        </message>
    </context>
    <context>
        <name>QuickCapture</name>
        <message>
            <source>The time is not valid.</source>
            <translation>Die Zeit ist ungültig.</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceEditing</name>
        <message>
            <source>Confirm recurrence</source>
            <translation>Wiederholung bestätigen</translation>
        </message>
        <message>
            <source>Unlink recurrence</source>
            <translation>Verknüpfung als Wiederholung aufheben</translation>
        </message>
    </context>
    <context>
        <name>Redaction</name>
        <message>
            <source>Postmortem %1</source>
            <translation>Postmortem %1</translation>
        </message>
        <message>
            <source>a responder</source>
            <translation>eine Einsatzkraft</translation>
        </message>
        <message>
            <source>a team</source>
            <translation>ein Team</translation>
        </message>
        <message>
            <source>a signer</source>
            <translation>eine unterzeichnende Person</translation>
        </message>
        <message>
            <source>a reviewer</source>
            <translation>eine prüfende Person</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>The audit trail holds every value ever written, including what this report leaves out; it can only be included in the full report.</source>
            <translation>Der Prüfpfad enthält jeden jemals geschriebenen Wert, auch das, was dieser Bericht auslässt; er kann nur in den vollständigen Bericht aufgenommen werden.</translation>
        </message>
    </context>
    <context>
        <name>ReportProfile</name>
        <message>
            <source>Full</source>
            <translation>Vollständig</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
    </context>
    <context>
        <name>ReportText</name>
        <message>
            <source>Document ID</source>
            <translation>Dokument-ID</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Content SHA-256</source>
            <translation>Inhalt SHA-256</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>ReviewChecklist</name>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weiterer</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>The impact is not described.</source>
            <translation>Die Auswirkung ist nicht beschrieben.</translation>
        </message>
        <message>
            <source>Give at least the duration, the users affected or the services affected.</source>
            <translation>Geben Sie mindestens die Dauer, die betroffenen Nutzer oder die betroffenen Dienste an.</translation>
        </message>
        <message>
            <source>The impact is described and measured.</source>
            <translation>Die Auswirkung ist beschrieben und gemessen.</translation>
        </message>
        <message>
            <source>The timeline marks when the incident was detected and resolved.</source>
            <translation>Die Zeitleiste markiert, wann der Vorfall erkannt und behoben wurde.</translation>
        </message>
        <message>
            <source>The timeline has no phase marker for: %1.</source>
            <translation>Der Zeitleiste fehlt eine Phasenmarkierung für: %1.</translation>
        </message>
        <message>
            <source>No action addresses %1.</source>
            <translation>Keine Maßnahme behebt %1.</translation>
        </message>
        <message>
            <source>There are no root causes or contributing factors to address.</source>
            <translation>Es gibt keine Grundursachen oder beitragenden Faktoren, die zu beheben wären.</translation>
        </message>
        <message>
            <source>Every root cause and contributing factor has an action.</source>
            <translation>Jede Grundursache und jeder beitragende Faktor hat eine Maßnahme.</translation>
        </message>
        <message>
            <source>No owner: %1.</source>
            <translation>Keine verantwortliche Person: %1.</translation>
        </message>
        <message>
            <source>No due date: %1.</source>
            <translation>Kein Fälligkeitsdatum: %1.</translation>
        </message>
        <message>
            <source>There are no actions yet.</source>
            <translation>Es gibt noch keine Maßnahmen.</translation>
        </message>
        <message>
            <source>Every action has an owner and a due date.</source>
            <translation>Jede Maßnahme hat eine verantwortliche Person und ein Fälligkeitsdatum.</translation>
        </message>
        <message>
            <source>No open questions are left.</source>
            <translation>Es sind keine offenen Fragen mehr übrig.</translation>
        </message>
        <message>
            <source>Open questions: %1.</source>
            <translation>Offene Fragen: %1.</translation>
        </message>
        <message>
            <source>The language coach arrives in a later version</source>
            <translation>Der Sprachcoach kommt in einer späteren Version</translation>
        </message>
        <message>
            <source>Impact complete</source>
            <translation>Auswirkung vollständig</translation>
        </message>
        <message>
            <source>Timeline has detection and resolution</source>
            <translation>Zeitleiste enthält Erkennung und Behebung</translation>
        </message>
        <message>
            <source>Every root cause and contributing factor has an action</source>
            <translation>Jede Grundursache und jeder beitragende Faktor hat eine Maßnahme</translation>
        </message>
        <message>
            <source>Every action has an owner and a due date</source>
            <translation>Jede Maßnahme hat eine verantwortliche Person und ein Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>No open questions left</source>
            <translation>Keine offenen Fragen mehr</translation>
        </message>
        <message>
            <source>Blameless-language findings reviewed</source>
            <translation>Hinweise zur schuldfreien Sprache geprüft</translation>
        </message>
    </context>
    <context>
        <name>ReviewLock</name>
        <message>
            <source>“%1” is %2 and read-only; reopen it to make changes.</source>
            <translation>„%1“ ist %2 und schreibgeschützt; öffnen Sie es erneut, um Änderungen vorzunehmen.</translation>
        </message>
        <message>
            <source>The status of “%1” changes only through the review workflow (submit, approve, publish, reopen).</source>
            <translation>Der Status von „%1“ ändert sich nur über den Review-Ablauf (einreichen, genehmigen, veröffentlichen, erneut öffnen).</translation>
        </message>
        <message>
            <source>“%1” is %2 and must be kept until %3 (%4 years after its approval on %5); it cannot be deleted before then.</source>
            <translation>„%1“ ist %2 und muss bis %3 aufbewahrt werden (%4 Jahre nach der Genehmigung am %5); vorher kann es nicht gelöscht werden.</translation>
        </message>
    </context>
    <context>
        <name>Signature</name>
        <message>
            <source>Authored</source>
            <translation>Verfasst</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
    </context>
    <context>
        <name>SimilarIncidents</name>
        <message>
            <source>similar text (%1%)</source>
            <translation>ähnlicher Text (%1 %)</translation>
        </message>
        <message>
            <source>%1 shared tag: %2</source>
            <translation>%1 gemeinsames Schlagwort: %2</translation>
        </message>
        <message>
            <source>%1 shared tags: %2</source>
            <translation>%1 gemeinsame Schlagwörter: %2</translation>
        </message>
        <message>
            <source>%1 shared service: %2</source>
            <translation>%1 gemeinsamer Dienst: %2</translation>
        </message>
        <message>
            <source>%1 shared services: %2</source>
            <translation>%1 gemeinsame Dienste: %2</translation>
        </message>
        <message>
            <source>%1 shared cause category: %2</source>
            <translation>%1 gemeinsame Ursachenkategorie: %2</translation>
        </message>
        <message>
            <source>%1 shared cause categories: %2</source>
            <translation>%1 gemeinsame Ursachenkategorien: %2</translation>
        </message>
    </context>
    <context>
        <name>TemplateText</name>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>The classic SRE postmortem: summary, impact, timeline story, lessons.</source>
            <translation>Das klassische SRE-Postmortem: Zusammenfassung, Auswirkung, Ablauf, Erkenntnisse.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>A short, neutral name for the incident.</source>
            <translation>Ein kurzer, neutraler Name für den Vorfall.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertraulichkeit</translation>
        </message>
        <message>
            <source>Who may read this postmortem.</source>
            <translation>Wer dieses Postmortem lesen darf.</translation>
        </message>
        <message>
            <source>Incident start</source>
            <translation>Beginn des Vorfalls</translation>
        </message>
        <message>
            <source>When the problem began (stored in UTC).</source>
            <translation>Wann das Problem begann (in UTC gespeichert).</translation>
        </message>
        <message>
            <source>Incident end</source>
            <translation>Ende des Vorfalls</translation>
        </message>
        <message>
            <source>When service was fully restored.</source>
            <translation>Wann der Dienst vollständig wiederhergestellt war.</translation>
        </message>
        <message>
            <source>Reference time zone</source>
            <translation>Bezugszeitzone</translation>
        </message>
        <message>
            <source>Times are shown in this zone.</source>
            <translation>Zeiten werden in dieser Zone angezeigt.</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Two or three sentences: what happened, the impact, and how it was resolved.</source>
            <translation>Zwei oder drei Sätze: was geschah, die Auswirkung und wie es behoben wurde.</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Auswirkung</translation>
        </message>
        <message>
            <source>Who and what was affected, and how.</source>
            <translation>Wer und was betroffen war, und wie.</translation>
        </message>
        <message>
            <source>Duration of impact (minutes)</source>
            <translation>Dauer der Auswirkung (Minuten)</translation>
        </message>
        <message>
            <source>Users or customers affected</source>
            <translation>Betroffene Nutzer oder Kunden</translation>
        </message>
        <message>
            <source>Services affected</source>
            <translation>Betroffene Dienste</translation>
        </message>
        <message>
            <source>Error budget consumed (%)</source>
            <translation>Verbrauchtes Fehlerbudget (%)</translation>
        </message>
        <message>
            <source>Cost estimate</source>
            <translation>Geschätzte Kosten</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <source>The change or event that set the incident off.</source>
            <translation>Die Änderung oder das Ereignis, das den Vorfall ausgelöst hat.</translation>
        </message>
        <message>
            <source>Detection</source>
            <translation>Erkennung</translation>
        </message>
        <message>
            <source>How and when the problem was noticed.</source>
            <translation>Wie und wann das Problem bemerkt wurde.</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Reaktion</translation>
        </message>
        <message>
            <source>How the team responded.</source>
            <translation>Wie das Team reagiert hat.</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Wiederherstellung</translation>
        </message>
        <message>
            <source>How service was restored.</source>
            <translation>Wie der Dienst wiederhergestellt wurde.</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Erkenntnisse</translation>
        </message>
        <message>
            <source>What went well</source>
            <translation>Was gut lief</translation>
        </message>
        <message>
            <source>What went poorly</source>
            <translation>Was schlecht lief</translation>
        </message>
        <message>
            <source>Describe systems and conditions, not people.</source>
            <translation>Beschreiben Sie Systeme und Bedingungen, nicht Menschen.</translation>
        </message>
        <message>
            <source>Where we got lucky</source>
            <translation>Wo wir Glück hatten</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Gewonnene Erkenntnisse</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Regulated (DORA-style)</source>
            <translation>Reguliert (nach DORA)</translation>
        </message>
        <message>
            <source>The standard postmortem plus the fields a financial regulator asks for: reference code, classification, affected clients and transactions, data losses, costs and notified authorities.</source>
            <translation>Das Standard-Postmortem plus die Felder, die eine Finanzaufsicht verlangt: Referenzcode, Einstufung, betroffene Kunden und Transaktionen, Datenverluste, Kosten und benachrichtigte Behörden.</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Technik</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <source>Detection &amp; Monitoring</source>
            <translation>Erkennung &amp; Überwachung</translation>
        </message>
        <message>
            <source>Communication &amp; Coordination</source>
            <translation>Kommunikation &amp; Koordination</translation>
        </message>
        <message>
            <source>Environment &amp; Dependencies</source>
            <translation>Umgebung &amp; Abhängigkeiten</translation>
        </message>
        <message>
            <source>Working Conditions</source>
            <translation>Arbeitsbedingungen</translation>
        </message>
        <message>
            <source>Controls &amp; Compliance</source>
            <translation>Kontrollen &amp; Compliance</translation>
        </message>
        <message>
            <source>Regulatory reporting</source>
            <translation>Meldepflichten</translation>
        </message>
        <message>
            <source>Incident reference code</source>
            <translation>Referenzcode des Vorfalls</translation>
        </message>
        <message>
            <source>The reference used in reports to the authority.</source>
            <translation>Die Referenz, die in Meldungen an die Behörde verwendet wird.</translation>
        </message>
        <message>
            <source>Classified as major at</source>
            <translation>Als schwerwiegend eingestuft am</translation>
        </message>
        <message>
            <source>Classification criteria met</source>
            <translation>Erfüllte Einstufungskriterien</translation>
        </message>
        <message>
            <source>Which criteria made this a major incident (clients, duration, data, critical services, economic impact, geography).</source>
            <translation>Welche Kriterien diesen Vorfall schwerwiegend machten (Kunden, Dauer, Daten, kritische Dienste, wirtschaftliche Auswirkung, geografische Ausbreitung).</translation>
        </message>
        <message>
            <source>Clients affected</source>
            <translation>Betroffene Kunden</translation>
        </message>
        <message>
            <source>Transactions affected</source>
            <translation>Betroffene Transaktionen</translation>
        </message>
        <message>
            <source>Data losses</source>
            <translation>Datenverluste</translation>
        </message>
        <message>
            <source>Availability, authenticity, integrity or confidentiality of data affected.</source>
            <translation>Betroffene Verfügbarkeit, Authentizität, Integrität oder Vertraulichkeit von Daten.</translation>
        </message>
        <message>
            <source>Costs and losses</source>
            <translation>Kosten und Verluste</translation>
        </message>
        <message>
            <source>Direct and indirect costs and losses.</source>
            <translation>Direkte und indirekte Kosten und Verluste.</translation>
        </message>
        <message>
            <source>Authorities notified</source>
            <translation>Benachrichtigte Behörden</translation>
        </message>
        <message>
            <source>Which authorities were notified, when, and their references.</source>
            <translation>Welche Behörden wann benachrichtigt wurden, und ihre Aktenzeichen.</translation>
        </message>
        <message>
            <source>Reporting stage</source>
            <translation>Meldestufe</translation>
        </message>
        <message>
            <source>initial</source>
            <translation>Erstmeldung</translation>
        </message>
        <message>
            <source>intermediate</source>
            <translation>Zwischenmeldung</translation>
        </message>
        <message>
            <source>final</source>
            <translation>Abschlussmeldung</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Im Review</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Öffentlich</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Vertraulich</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Eingeschränkt</translation>
        </message>
        <message>
            <source>SEV1 – critical</source>
            <translation>SEV1 – kritisch</translation>
        </message>
        <message>
            <source>SEV2 – major</source>
            <translation>SEV2 – schwer</translation>
        </message>
        <message>
            <source>SEV3 – minor</source>
            <translation>SEV3 – gering</translation>
        </message>
        <message>
            <source>SEV4 – low</source>
            <translation>SEV4 – niedrig</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Cannot %1 “%2”: it is in state “%3”; %1 needs state %4.</source>
            <translation>„%1“ ist für „%2“ nicht möglich: Der Status ist „%3“; „%1“ erfordert den Status %4.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>Submit for Review</source>
            <translation>Zum Review einreichen</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Genehmigen</translation>
        </message>
        <message>
            <source>Return for Changes</source>
            <translation>Zur Überarbeitung zurückgeben</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Erneut öffnen</translation>
        </message>
        <message>
            <source>Reopening “%1” needs a written reason.</source>
            <translation>Das erneute Öffnen von „%1“ braucht eine schriftliche Begründung.</translation>
        </message>
        <message>
            <source>Approving “%1” over failing checklist items needs a written justification. Failing: %2.</source>
            <translation>Das Genehmigen von „%1“ trotz nicht erfüllter Checklistenpunkte braucht eine schriftliche Rechtfertigung. Nicht erfüllt: %2.</translation>
        </message>
        <message>
            <source>There is no postmortem with id %1.</source>
            <translation>Es gibt kein Postmortem mit der ID %1.</translation>
        </message>
        <message>
            <source>“%1” is in the trash; restore it first.</source>
            <translation>„%1“ liegt im Papierkorb; stellen Sie es zuerst wieder her.</translation>
        </message>
        <message>
            <source>The postmortem is not connected to a database.</source>
            <translation>Das Postmortem ist mit keiner Datenbank verbunden.</translation>
        </message>
        <message>
            <source>The database is read-only: %1</source>
            <translation>Die Datenbank ist schreibgeschützt: %1</translation>
        </message>
    </context>
    <context>
        <name>causeway</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>No problem statement yet</source>
            <translation>Noch keine Problembeschreibung</translation>
        </message>
        <message>
            <source>no file to write the report to</source>
            <translation>keine Datei, in die der Bericht geschrieben werden kann</translation>
        </message>
        <message>
            <source>there is no postmortem %1 in %2</source>
            <translation>es gibt kein Postmortem %1 in %2</translation>
        </message>
        <message>
            <source>the export was cancelled</source>
            <translation>der Export wurde abgebrochen</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Generated %1</source>
            <translation>Erstellt %1</translation>
        </message>
        <message>
            <source>The report fonts could not be loaded.</source>
            <translation>Die Schriftarten des Berichts konnten nicht geladen werden.</translation>
        </message>
        <message>
            <source>The page is too small for the report.</source>
            <translation>Die Seite ist zu klein für den Bericht.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Cannot paint on the output device.</source>
            <translation>Auf das Ausgabegerät kann nicht gezeichnet werden.</translation>
        </message>
        <message>
            <source>Cannot start a new page.</source>
            <translation>Es kann keine neue Seite begonnen werden.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>causeway::ActionDetails</name>
        <message>
            <source>Select an action to see its details, or add one.</source>
            <translation>Wählen Sie eine Maßnahme, um ihre Details zu sehen, oder fügen Sie eine hinzu.</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Kein Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Begründung:</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verifizierung</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Kein Datum</translation>
        </message>
        <message>
            <source>Record &amp;Verification</source>
            <translation>Verifizierung &amp;erfassen</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>Lee&amp;ren</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>Verk&amp;nüpfen</translation>
        </message>
        <message>
            <source>U&amp;nlink</source>
            <translation>Verknüpfung &amp;aufheben</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>Was getan wird</translation>
        </message>
        <message>
            <source>Details, scope, how to tell it is finished</source>
            <translation>Details, Umfang, woran man erkennt, dass es erledigt ist</translation>
        </message>
        <message>
            <source>Ticket id or URL in your tracker</source>
            <translation>Ticket-ID oder URL in Ihrem Tracker</translation>
        </message>
        <message>
            <source>Why this action will not be done</source>
            <translation>Warum diese Maßnahme nicht umgesetzt wird</translation>
        </message>
        <message>
            <source>Who checked it</source>
            <translation>Wer es geprüft hat</translation>
        </message>
        <message>
            <source>How the fix was proven</source>
            <translation>Wie die Behebung nachgewiesen wurde</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Beschreib&amp;ung:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>&amp;Fällig:</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Priorität:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Tic&amp;ket:</source>
            <translation>Tic&amp;ket:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <source>Not&amp;e:</source>
            <translation>Not&amp;iz:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;Durch:</translation>
        </message>
        <message>
            <source>Addresses these causes</source>
            <translation>Behebt diese Ursachen</translation>
        </message>
        <message>
            <source>"Won't do" needs a reason: type why, then press Enter.</source>
            <translation>„Wird nicht umgesetzt“ braucht eine Begründung: Schreiben Sie den Grund und drücken Sie die Eingabetaste.</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(noch niemand)</translation>
        </message>
        <message>
            <source>Verification (once done)</source>
            <translation>Verifizierung (nach Erledigung)</translation>
        </message>
        <message>
            <source>Verification: done, unverified</source>
            <translation>Verifizierung: erledigt, nicht verifiziert</translation>
        </message>
        <message>
            <source>(no statement yet)</source>
            <translation>(noch keine Beschreibung)</translation>
        </message>
        <message>
            <source>this action</source>
            <translation>diese Maßnahme</translation>
        </message>
        <message>
            <source>Mar&amp;king:</source>
            <translation>Kenn&amp;zeichnung:</translation>
        </message>
        <message>
            <source>Causes this action addresses</source>
            <translation>Ursachen, die diese Maßnahme behebt</translation>
        </message>
    </context>
    <context>
        <name>causeway::ActionEditing</name>
        <message>
            <source>The postmortem is read-only.</source>
            <translation>Das Postmortem ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>There is no action with id %1.</source>
            <translation>Es gibt keine Maßnahme mit der ID %1.</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Maßnahme hinzufügen</translation>
        </message>
        <message>
            <source>Add action for cause</source>
            <translation>Maßnahme für Ursache hinzufügen</translation>
        </message>
        <message>
            <source>Unknown action type "%1"; expected one of: %2.</source>
            <translation>Unbekannter Maßnahmentyp „%1“; erwartet wird einer von: %2.</translation>
        </message>
        <message>
            <source>"%1" is not a date (yyyy-MM-dd).</source>
            <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>The field "%1" of an action is not edited this way.</source>
            <translation>Das Feld „%1“ einer Maßnahme wird nicht auf diese Weise bearbeitet.</translation>
        </message>
        <message>
            <source>Unknown priority "%1"; expected one of: %2.</source>
            <translation>Unbekannte Priorität „%1“; erwartet wird eine von: %2.</translation>
        </message>
        <message>
            <source>Set priority of %1 to %2</source>
            <translation>Priorität von %1 auf %2 setzen</translation>
        </message>
        <message>
            <source>Unknown status "%1"; expected one of: %2.</source>
            <translation>Unbekannter Status „%1“; erwartet wird einer von: %2.</translation>
        </message>
        <message>
            <source>"Won't do" needs a reason: say why the action will not be done.</source>
            <translation>„Wird nicht umgesetzt“ braucht eine Begründung: Geben Sie an, warum die Maßnahme nicht umgesetzt wird.</translation>
        </message>
        <message>
            <source>Mark %1 as %2</source>
            <translation>%1 als %2 markieren</translation>
        </message>
        <message>
            <source>Only a done action can be verified; mark it done first.</source>
            <translation>Nur eine erledigte Maßnahme kann verifiziert werden; markieren Sie sie zuerst als erledigt.</translation>
        </message>
        <message>
            <source>Unknown verification method "%1"; expected one of: %2.</source>
            <translation>Unbekannte Verifizierungsmethode „%1“; erwartet wird eine von: %2.</translation>
        </message>
        <message>
            <source>A verification needs the date it was done.</source>
            <translation>Eine Verifizierung braucht das Datum, an dem sie erfolgte.</translation>
        </message>
        <message>
            <source>Record verification of %1</source>
            <translation>Verifizierung von %1 erfassen</translation>
        </message>
        <message>
            <source>Clear verification of %1</source>
            <translation>Verifizierung von %1 entfernen</translation>
        </message>
        <message>
            <source>There is no cause with id %1.</source>
            <translation>Es gibt keine Ursache mit der ID %1.</translation>
        </message>
        <message>
            <source>Link %1 to a cause</source>
            <translation>%1 mit einer Ursache verknüpfen</translation>
        </message>
        <message>
            <source>Unlink %1 from a cause</source>
            <translation>Verknüpfung von %1 mit einer Ursache aufheben</translation>
        </message>
        <message>
            <source>Delete action %1</source>
            <translation>Maßnahme %1 löschen</translation>
        </message>
        <message>
            <source>The postmortem is approved: only the follow-up of its actions (status, ticket, verification) can change.</source>
            <translation>Das Postmortem ist genehmigt: Nur die Nachverfolgung seiner Maßnahmen (Status, Ticket, Verifizierung) kann sich ändern.</translation>
        </message>
    </context>
    <context>
        <name>causeway::ActionsModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Overdue since %1</source>
            <translation>Überfällig seit %1</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Kennzeichnung</translation>
        </message>
    </context>
    <context>
        <name>causeway::ActionsOverview</name>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Nur &amp;überfällige</translation>
        </message>
        <message>
            <source>Due this &amp;week</source>
            <translation>Diese &amp;Woche fällig</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>All Actions</source>
            <translation>Alle Maßnahmen</translation>
        </message>
        <message>
            <source>Owner name</source>
            <translation>Name der verantwortlichen Person</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Alle Typen</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>Actions of all postmortems</source>
            <translation>Maßnahmen aller Postmortems</translation>
        </message>
        <message>
            <source>Double-click to open the postmortem</source>
            <translation>Doppelklicken, um das Postmortem zu öffnen</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>%1 of %2 actions, %3 overdue</source>
            <translation>%1 von %2 Maßnahmen, %3 überfällig</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export Actions as CSV</source>
            <translation>Maßnahmen als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export Actions</source>
            <translation>Maßnahmen exportieren</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
    </context>
    <context>
        <name>causeway::ActionsOverviewModel</name>
        <message>
            <source>Overdue since %1</source>
            <translation>Überfällig seit %1</translation>
        </message>
        <message>
            <source>Postmortem</source>
            <translation>Postmortem</translation>
        </message>
    </context>
    <context>
        <name>causeway::ActionsPane</name>
        <message>
            <source>&amp;Add Action</source>
            <translation>Maßnahme &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Delete Action</source>
            <translation>Maßnahme &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Add an action (Ctrl+Shift+N or Insert)</source>
            <translation>Eine Maßnahme hinzufügen (Strg+Umschalt+N oder Einfg)</translation>
        </message>
        <message>
            <source>Delete the selected action (Delete)</source>
            <translation>Die ausgewählte Maßnahme löschen (Entf)</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Neue Maßnahme</translation>
        </message>
        <message>
            <source>No actions yet. Turn each root cause and contributing factor into an owned, dated action.</source>
            <translation>Noch keine Maßnahmen. Machen Sie aus jeder Grundursache und jedem beitragenden Faktor eine Maßnahme mit verantwortlicher Person und Termin.</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n offen</numerusform>
                <numerusform>%n offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n überfällig</numerusform>
                <numerusform>%n überfällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n done, unverified</source>
            <translation>
                <numerusform>%n erledigt, nicht verifiziert</numerusform>
                <numerusform>%n erledigt, nicht verifiziert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>causeway::Age</name>
        <message>
            <source>it does not start with AGE-SECRET-KEY-1</source>
            <translation>sie beginnt nicht mit AGE-SECRET-KEY-1</translation>
        </message>
        <message>
            <source>it is not in upper case, as age writes identities</source>
            <translation>sie ist nicht in Großbuchstaben geschrieben, wie age Identitäten schreibt</translation>
        </message>
        <message>
            <source>it does not hold a 32-byte key</source>
            <translation>sie enthält keinen 32-Byte-Schlüssel</translation>
        </message>
        <message>
            <source>it does not start with age1</source>
            <translation>er beginnt nicht mit age1</translation>
        </message>
        <message>
            <source>it is not in lower case, as age writes recipients</source>
            <translation>er ist nicht in Kleinbuchstaben geschrieben, wie age Empfänger schreibt</translation>
        </message>
        <message>
            <source>it does not hold a 32-byte public key</source>
            <translation>er enthält keinen öffentlichen 32-Byte-Schlüssel</translation>
        </message>
        <message>
            <source>it is not a usable X25519 public key</source>
            <translation>er ist kein verwendbarer öffentlicher X25519-Schlüssel</translation>
        </message>
        <message>
            <source>A recipient is not a usable X25519 public key; nothing was encrypted.</source>
            <translation>Ein Empfänger ist kein verwendbarer öffentlicher X25519-Schlüssel; es wurde nichts verschlüsselt.</translation>
        </message>
        <message>
            <source>the scrypt work factor is not valid</source>
            <translation>der scrypt-Arbeitsfaktor ist ungültig</translation>
        </message>
        <message>
            <source>The age file's scrypt work factor N = 2^%1 is too high: at most 2^%2 is accepted, as deriving its key would take minutes and gigabytes of memory.</source>
            <translation>Der scrypt-Arbeitsfaktor der age-Datei N = 2^%1 ist zu hoch: Höchstens 2^%2 wird akzeptiert, da die Ableitung des Schlüssels Minuten und Gigabytes an Speicher bräuchte.</translation>
        </message>
        <message>
            <source>The key could not be derived from the passphrase (scrypt with N = 2^%1 needs %2 MiB of memory).</source>
            <translation>Der Schlüssel konnte nicht aus der Passphrase abgeleitet werden (scrypt mit N = 2^%1 braucht %2 MiB Speicher).</translation>
        </message>
        <message>
            <source>an X25519 stanza's share is not valid</source>
            <translation>der Anteil einer X25519-Stanza ist ungültig</translation>
        </message>
        <message>
            <source>an X25519 stanza's body is not valid</source>
            <translation>der Inhalt einer X25519-Stanza ist ungültig</translation>
        </message>
        <message>
            <source>a scrypt stanza's salt is not valid</source>
            <translation>das Salt einer scrypt-Stanza ist ungültig</translation>
        </message>
        <message>
            <source>a scrypt stanza's body is not valid</source>
            <translation>der Inhalt einer scrypt-Stanza ist ungültig</translation>
        </message>
        <message>
            <source>an X25519 stanza's share is not a usable public key</source>
            <translation>der Anteil einer X25519-Stanza ist kein verwendbarer öffentlicher Schlüssel</translation>
        </message>
        <message>
            <source>The age file is encrypted with a passphrase: enter the passphrase to open it.</source>
            <translation>Die age-Datei ist mit einer Passphrase verschlüsselt: Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>The passphrase is not correct.</source>
            <translation>Die Passphrase ist nicht korrekt.</translation>
        </message>
        <message>
            <source>The age file is encrypted to recipients' public keys, not with a passphrase: it opens with one of their identities (secret keys).</source>
            <translation>Die age-Datei ist für die öffentlichen Schlüssel von Empfängern verschlüsselt, nicht mit einer Passphrase: Sie lässt sich mit einer ihrer Identitäten (geheimen Schlüssel) öffnen.</translation>
        </message>
        <message>
            <source>The age file is encrypted to recipients: it needs an identity (secret key) to open it.</source>
            <translation>Die age-Datei ist für Empfänger verschlüsselt: Zum Öffnen wird eine Identität (geheimer Schlüssel) benötigt.</translation>
        </message>
        <message>
            <source>Identity %1 is not a valid age identity: %2.</source>
            <translation>Identität %1 ist keine gültige age-Identität: %2.</translation>
        </message>
        <message>
            <source>None of the identities can open this age file: it was not encrypted to any of their recipients.</source>
            <translation>Keine der Identitäten kann diese age-Datei öffnen: Sie wurde für keinen ihrer Empfänger verschlüsselt.</translation>
        </message>
        <message>
            <source>The identity (secret key) is not a valid age identity: %1.</source>
            <translation>Die Identität (geheimer Schlüssel) ist keine gültige age-Identität: %1.</translation>
        </message>
        <message>
            <source>The identity file is larger than 1 MiB; it is not an age identity file.</source>
            <translation>Die Identitätsdatei ist größer als 1 MiB; sie ist keine age-Identitätsdatei.</translation>
        </message>
        <message>
            <source>Line %1 of the identity file is not an age identity (AGE-SECRET-KEY-1…): %2.</source>
            <translation>Zeile %1 der Identitätsdatei ist keine age-Identität (AGE-SECRET-KEY-1…): %2.</translation>
        </message>
        <message>
            <source>The identity file holds no age identity (a line starting with AGE-SECRET-KEY-1).</source>
            <translation>Die Identitätsdatei enthält keine age-Identität (eine Zeile, die mit AGE-SECRET-KEY-1 beginnt).</translation>
        </message>
        <message>
            <source>The recipient “%1” is not a valid age recipient: %2.</source>
            <translation>Der Empfänger „%1“ ist kein gültiger age-Empfänger: %2.</translation>
        </message>
        <message>
            <source>Decryption is not available: the libsodium library cannot run here.</source>
            <translation>Entschlüsselung ist nicht verfügbar: Die Bibliothek libsodium kann hier nicht ausgeführt werden.</translation>
        </message>
        <message>
            <source>The file is empty: it is not an age file.</source>
            <translation>Die Datei ist leer: Sie ist keine age-Datei.</translation>
        </message>
        <message>
            <source>The age file is ASCII-armored (-----BEGIN AGE ENCRYPTED FILE-----), which is not read here: de-armor it first, or encrypt it again without --armor to get the binary form.</source>
            <translation>Die age-Datei ist ASCII-armored (-----BEGIN AGE ENCRYPTED FILE-----); dieses Format wird hier nicht gelesen: Entfernen Sie zuerst die ASCII-Hülle, oder verschlüsseln Sie erneut ohne --armor, um die Binärform zu erhalten.</translation>
        </message>
        <message>
            <source>The age file is truncated: it ends inside its header.</source>
            <translation>Die age-Datei ist abgeschnitten: Sie endet innerhalb ihres Headers.</translation>
        </message>
        <message>
            <source>The age file uses a format version this program does not read (only age-encryption.org/v1 is supported).</source>
            <translation>Die age-Datei verwendet eine Formatversion, die dieses Programm nicht liest (nur age-encryption.org/v1 wird unterstützt).</translation>
        </message>
        <message>
            <source>This is not an age file: it does not start with "age-encryption.org/v1".</source>
            <translation>Dies ist keine age-Datei: Sie beginnt nicht mit „age-encryption.org/v1“.</translation>
        </message>
        <message>
            <source>a passphrase (scrypt) stanza is not the only stanza</source>
            <translation>eine Passphrase-Stanza (scrypt) ist nicht die einzige Stanza</translation>
        </message>
        <message>
            <source>The age file has been altered: its header does not match its MAC.</source>
            <translation>Die age-Datei wurde verändert: Ihr Header passt nicht zu ihrem MAC.</translation>
        </message>
    </context>
    <context>
        <name>causeway::Age::Encryptor</name>
        <message>
            <source>Encryption is not available: the libsodium library cannot run here.</source>
            <translation>Verschlüsselung ist nicht verfügbar: Die Bibliothek libsodium kann hier nicht ausgeführt werden.</translation>
        </message>
        <message>
            <source>Encrypt either with a passphrase or to recipients, not both: age allows a passphrase only on its own.</source>
            <translation>Verschlüsseln Sie entweder mit einer Passphrase oder für Empfänger, nicht mit beidem: age erlaubt eine Passphrase nur allein.</translation>
        </message>
        <message>
            <source>Give a passphrase or at least one recipient to encrypt to.</source>
            <translation>Geben Sie eine Passphrase oder mindestens einen Empfänger an, für den verschlüsselt werden soll.</translation>
        </message>
        <message>
            <source>The scrypt work factor must be between 1 and %1 (log2 N); %2 was given.</source>
            <translation>Der scrypt-Arbeitsfaktor muss zwischen 1 und %1 liegen (log2 N); angegeben wurde %2.</translation>
        </message>
        <message>
            <source>An age file can have at most %1 recipients; %2 were given.</source>
            <translation>Eine age-Datei kann höchstens %1 Empfänger haben; angegeben wurden %2.</translation>
        </message>
        <message>
            <source>The recipient “%1” is not a valid age recipient: %2.</source>
            <translation>Der Empfänger „%1“ ist kein gültiger age-Empfänger: %2.</translation>
        </message>
    </context>
    <context>
        <name>causeway::Age::bech32</name>
        <message>
            <source>it is far too long</source>
            <translation>sie ist viel zu lang</translation>
        </message>
        <message>
            <source>it contains a character that is not allowed</source>
            <translation>sie enthält ein unzulässiges Zeichen</translation>
        </message>
        <message>
            <source>it mixes upper and lower case</source>
            <translation>sie mischt Groß- und Kleinbuchstaben</translation>
        </message>
        <message>
            <source>it is not a Bech32 string</source>
            <translation>sie ist keine Bech32-Zeichenkette</translation>
        </message>
        <message>
            <source>its checksum does not match (is there a typo?)</source>
            <translation>ihre Prüfsumme stimmt nicht (ein Tippfehler?)</translation>
        </message>
        <message>
            <source>its padding is not valid</source>
            <translation>ihr Padding ist ungültig</translation>
        </message>
    </context>
    <context>
        <name>causeway::Age::detail</name>
        <message>
            <source>The age file's header is malformed: %1. The file is damaged or was not made by age.</source>
            <translation>Der Header der age-Datei ist fehlerhaft: %1. Die Datei ist beschädigt oder wurde nicht mit age erstellt.</translation>
        </message>
        <message>
            <source>it does not start with the age version line</source>
            <translation>er beginnt nicht mit der age-Versionszeile</translation>
        </message>
        <message>
            <source>The age file is truncated: it ends inside its header.</source>
            <translation>Die age-Datei ist abgeschnitten: Sie endet innerhalb ihres Headers.</translation>
        </message>
        <message>
            <source>The age file's header is larger than 64 KiB; the file is damaged or was not made by age.</source>
            <translation>Der Header der age-Datei ist größer als 64 KiB; die Datei ist beschädigt oder wurde nicht mit age erstellt.</translation>
        </message>
        <message>
            <source>a header line contains a character that is not allowed</source>
            <translation>eine Header-Zeile enthält ein unzulässiges Zeichen</translation>
        </message>
        <message>
            <source>a stanza body line is longer than 64 columns</source>
            <translation>eine Zeile im Inhalt einer Stanza ist länger als 64 Spalten</translation>
        </message>
        <message>
            <source>a stanza body is not valid base64</source>
            <translation>der Inhalt einer Stanza ist kein gültiges Base64</translation>
        </message>
        <message>
            <source>a stanza body is larger than 16 KiB</source>
            <translation>der Inhalt einer Stanza ist größer als 16 KiB</translation>
        </message>
        <message>
            <source>it has no recipient stanza</source>
            <translation>er hat keine Empfänger-Stanza</translation>
        </message>
        <message>
            <source>its MAC line is not valid</source>
            <translation>seine MAC-Zeile ist ungültig</translation>
        </message>
        <message>
            <source>it has more than 100 recipient stanzas</source>
            <translation>er hat mehr als 100 Empfänger-Stanzas</translation>
        </message>
        <message>
            <source>a stanza has an empty argument</source>
            <translation>eine Stanza hat ein leeres Argument</translation>
        </message>
        <message>
            <source>a stanza argument is too long</source>
            <translation>ein Stanza-Argument ist zu lang</translation>
        </message>
        <message>
            <source>a stanza has too many arguments</source>
            <translation>eine Stanza hat zu viele Argumente</translation>
        </message>
        <message>
            <source>a line is neither a recipient stanza nor the MAC line</source>
            <translation>eine Zeile ist weder eine Empfänger-Stanza noch die MAC-Zeile</translation>
        </message>
        <message>
            <source>The age file is truncated: its encrypted content is missing.</source>
            <translation>Die age-Datei ist abgeschnitten: Ihr verschlüsselter Inhalt fehlt.</translation>
        </message>
        <message>
            <source>The age file would decrypt to %1 bytes, more than the %2 bytes allowed.</source>
            <translation>Die age-Datei würde zu %1 Bytes entschlüsselt, mehr als die erlaubten %2 Bytes.</translation>
        </message>
        <message>
            <source>The age file is truncated: its last part is cut off.</source>
            <translation>Die age-Datei ist abgeschnitten: Ihr letzter Teil fehlt teilweise.</translation>
        </message>
        <message>
            <source>The age file has been altered: it ends with an empty part that age never writes.</source>
            <translation>Die age-Datei wurde verändert: Sie endet mit einem leeren Teil, den age nie schreibt.</translation>
        </message>
        <message>
            <source>The age file is truncated: its final part is missing.</source>
            <translation>Die age-Datei ist abgeschnitten: Ihr letzter Teil fehlt.</translation>
        </message>
        <message>
            <source>The age file has been altered or is truncated: its last part does not authenticate.</source>
            <translation>Die age-Datei wurde verändert oder ist abgeschnitten: Ihr letzter Teil lässt sich nicht authentifizieren.</translation>
        </message>
        <message>
            <source>The age file has been altered: data follows the end of its encrypted content.</source>
            <translation>Die age-Datei wurde verändert: Nach dem Ende ihres verschlüsselten Inhalts folgen weitere Daten.</translation>
        </message>
        <message>
            <source>The age file has been altered (or the wrong key was used): part %1 of its encrypted content does not authenticate.</source>
            <translation>Die age-Datei wurde verändert (oder der falsche Schlüssel wurde verwendet): Teil %1 ihres verschlüsselten Inhalts lässt sich nicht authentifizieren.</translation>
        </message>
    </context>
    <context>
        <name>causeway::Agenda</name>
        <message>
            <source>We are here to understand how the system, the tools and the conditions of the day made this incident possible, not to find someone to blame. Everyone acted in good faith on what they knew at the time. Say what you saw and what you thought; questions are about how and what, not who. What is said here is used to improve the system, never against a person.</source>
            <translation>Wir sind hier, um zu verstehen, wie das System, die Werkzeuge und die Bedingungen des Tages diesen Vorfall möglich gemacht haben, nicht um jemanden zu finden, dem wir die Schuld geben. Alle haben in gutem Glauben nach ihrem damaligen Wissen gehandelt. Sagen Sie, was Sie gesehen und gedacht haben; Fragen gehen um das Wie und Was, nicht um das Wer. Was hier gesagt wird, dient dazu, das System zu verbessern, niemals gegen eine Person.</translation>
        </message>
        <message>
            <source>Opening and ground rules</source>
            <translation>Eröffnung und Grundregeln</translation>
        </message>
        <message>
            <source>Timeline walk-through</source>
            <translation>Durchgang durch die Zeitleiste</translation>
        </message>
        <message>
            <source>Walk through the timeline in order. For each decision, ask what the person knew and what made it look right at the time.</source>
            <translation>Gehen Sie die Zeitleiste der Reihe nach durch. Fragen Sie bei jeder Entscheidung, was die Person wusste und warum sie ihr damals richtig erschien.</translation>
        </message>
        <message>
            <source>Contributing factors and 5 whys</source>
            <translation>Beitragende Faktoren und 5 Warum</translation>
        </message>
        <message>
            <source>Ask why until the answers are about conditions and systems. Put each factor on the fishbone.</source>
            <translation>Fragen Sie so lange nach dem Warum, bis die Antworten von Bedingungen und Systemen handeln. Setzen Sie jeden Faktor ins Ishikawa-Diagramm.</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Each action addresses a contributing factor, has an owner and a due date.</source>
            <translation>Jede Maßnahme behebt einen beitragenden Faktor und hat eine verantwortliche Person und ein Fälligkeitsdatum.</translation>
        </message>
        <message>
            <source>Wrap-up</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>Read the actions back, agree who writes the summary, thank everyone.</source>
            <translation>Lesen Sie die Maßnahmen vor, vereinbaren Sie, wer die Zusammenfassung schreibt, und danken Sie allen.</translation>
        </message>
    </context>
    <context>
        <name>causeway::AgendaModel</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (over)</source>
            <translation>%1 (überzogen)</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agendapunkt</translation>
        </message>
        <message>
            <source>Timebox</source>
            <translation>Zeitfenster</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Verbraucht</translation>
        </message>
        <message>
            <source>Type the timebox in whole minutes.</source>
            <translation>Geben Sie das Zeitfenster in ganzen Minuten ein.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Fishbone</source>
            <translation>Ishikawa-Diagramm</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>What the presenter screen shows when the meeting reaches this item</source>
            <translation>Was der Präsentationsbildschirm zeigt, wenn die Besprechung diesen Punkt erreicht</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Präsentation</translation>
        </message>
    </context>
    <context>
        <name>causeway::AgendaStore</name>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1: %2 at offset %3</source>
            <translation>%1: %2 an Position %3</translation>
        </message>
        <message>
            <source>“%1” is not a template id.</source>
            <translation>„%1“ ist keine Vorlagen-ID.</translation>
        </message>
        <message>
            <source>An agenda needs at least one item.</source>
            <translation>Eine Agenda braucht mindestens einen Punkt.</translation>
        </message>
        <message>
            <source>The agenda folder %1 cannot be created.</source>
            <translation>Der Agenda-Ordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 cannot be removed: %2</source>
            <translation>%1 kann nicht entfernt werden: %2</translation>
        </message>
    </context>
    <context>
        <name>causeway::AgendaViewDelegate</name>
        <message>
            <source>Presenter view</source>
            <translation>Präsentationsansicht</translation>
        </message>
    </context>
    <context>
        <name>causeway::AttendanceModel</name>
        <message>
            <source>(unnamed)</source>
            <translation>(unbenannt)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>causeway::Builder</name>
        <message>
            <source>Times are in %1.</source>
            <translation>Zeiten in %1.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>(not in this version of the report)</source>
            <translation>(nicht in dieser Version des Berichts)</translation>
        </message>
        <message>
            <source>Not in this version of the report.</source>
            <translation>Nicht in dieser Version des Berichts.</translation>
        </message>
        <message>
            <source>Not written.</source>
            <translation>Nicht ausgefüllt.</translation>
        </message>
        <message>
            <source>Times are in</source>
            <translation>Zeiten in</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Report version</source>
            <translation>Berichtsversion</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Auswirkung</translation>
        </message>
        <message>
            <source>Phases and durations</source>
            <translation>Phasen und Dauern</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>(not in this version)</source>
            <translation>(nicht in dieser Version)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>not known (a marker is missing)</source>
            <translation>unbekannt (eine Markierung fehlt)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <source>Detection</source>
            <translation>Erkennung</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Reaktion</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Wiederherstellung</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>No participants are listed.</source>
            <translation>Es sind keine Beteiligten aufgeführt.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>a responder</source>
            <translation>eine Einsatzkraft</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Evidence %1 (SHA-256 %2…)</source>
            <translation>Beleg %1 (SHA-256 %2…)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Beleg: %1</translation>
        </message>
        <message>
            <source>Key events</source>
            <translation>Schlüsselereignisse</translation>
        </message>
        <message>
            <source>The timeline is empty.</source>
            <translation>Die Zeitleiste ist leer.</translation>
        </message>
        <message>
            <source>No event is marked as a key event.</source>
            <translation>Kein Ereignis ist als Schlüsselereignis markiert.</translation>
        </message>
        <message>
            <source>Full timeline</source>
            <translation>Vollständige Zeitleiste</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s).</source>
            <translation>
                <numerusform>%n Ereignis.</numerusform>
                <numerusform>%n Ereignisse.</numerusform>
            </translation>
        </message>
        <message>
            <source>Root-cause analysis</source>
            <translation>Ursachenanalyse</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Five whys</source>
            <translation>Fünf Warum</translation>
        </message>
        <message>
            <source>No causes are recorded.</source>
            <translation>Es sind keine Ursachen erfasst.</translation>
        </message>
        <message>
            <source>Fishbone diagram</source>
            <translation>Ishikawa-Diagramm</translation>
        </message>
        <message>
            <source>No cause is placed on the fishbone.</source>
            <translation>Keine Ursache ist im Ishikawa-Diagramm eingeordnet.</translation>
        </message>
        <message>
            <source>The diagram is drawn only where fonts are available.</source>
            <translation>Das Diagramm wird nur gezeichnet, wenn Schriftarten verfügbar sind.</translation>
        </message>
        <message>
            <source>Root causes and contributing factors</source>
            <translation>Grundursachen und beitragende Faktoren</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>timeline event</source>
            <translation>Ereignis der Zeitleiste</translation>
        </message>
        <message>
            <source>attachment, SHA-256 %1</source>
            <translation>Anhang, SHA-256 %1</translation>
        </message>
        <message>
            <source>No evidence is linked.</source>
            <translation>Es ist kein Beleg verknüpft.</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Belege:</translation>
        </message>
        <message>
            <source>No action addresses this yet.</source>
            <translation>Noch keine Maßnahme behebt dies.</translation>
        </message>
        <message>
            <source>Addressed by:</source>
            <translation>Behoben durch:</translation>
        </message>
        <message>
            <source>No root cause or contributing factor is recorded.</source>
            <translation>Es ist keine Grundursache und kein beitragender Faktor erfasst.</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>No actions.</source>
            <translation>Keine Maßnahmen.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verifizierung</translation>
        </message>
        <message>
            <source>ticket %1</source>
            <translation>Ticket %1</translation>
        </message>
        <message>
            <source>Reason (%1): %2</source>
            <translation>Begründung (%1): %2</translation>
        </message>
        <message>
            <source>closed %1</source>
            <translation>abgeschlossen %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>von %1</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Erkenntnisse</translation>
        </message>
        <message>
            <source>What went well</source>
            <translation>Was gut lief</translation>
        </message>
        <message>
            <source>What went poorly</source>
            <translation>Was schlecht lief</translation>
        </message>
        <message>
            <source>Where we got lucky</source>
            <translation>Wo wir Glück hatten</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Gewonnene Erkenntnisse</translation>
        </message>
        <message>
            <source>Review and signatures</source>
            <translation>Review und Signaturen</translation>
        </message>
        <message>
            <source>Review history</source>
            <translation>Review-Verlauf</translation>
        </message>
        <message>
            <source>The postmortem has not been submitted for review.</source>
            <translation>Das Postmortem wurde noch nicht zum Review eingereicht.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signaturen</translation>
        </message>
        <message>
            <source>Not signed.</source>
            <translation>Nicht signiert.</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signiert von</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>key %1</source>
            <translation>Schlüssel %1</translation>
        </message>
        <message>
            <source>Signatures cover the content with SHA-256 %1.</source>
            <translation>Die Signaturen decken den Inhalt mit SHA-256 %1 ab.</translation>
        </message>
        <message>
            <source>Appendix: evidence</source>
            <translation>Anhang: Belege</translation>
        </message>
        <message>
            <source>No evidence is attached.</source>
            <translation>Es ist kein Beleg angehängt.</translation>
        </message>
        <message>
            <source>Each file is identified by its SHA-256; the same file always has the same hash, so a copy in an archive can be checked against this list.</source>
            <translation>Jede Datei ist durch ihren SHA-256 gekennzeichnet; dieselbe Datei hat immer denselben Hash, sodass eine Kopie in einem Archiv mit dieser Liste abgeglichen werden kann.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Evidence %1</source>
            <translation>Beleg %1</translation>
        </message>
        <message>
            <source>Appendix: audit trail</source>
            <translation>Anhang: Prüfpfad</translation>
        </message>
        <message>
            <source>Every change to this postmortem, in order. Each entry is chained to the one before it by a SHA-256 hash.</source>
            <translation>Jede Änderung an diesem Postmortem, in Reihenfolge. Jeder Eintrag ist mit dem vorherigen über einen SHA-256-Hash verkettet.</translation>
        </message>
        <message>
            <source>No audit entries were found.</source>
            <translation>Es wurden keine Einträge im Prüfpfad gefunden.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message numerus="yes">
            <source>(%n character(s))</source>
            <translation>
                <numerusform>(%n Zeichen)</numerusform>
                <numerusform>(%n Zeichen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Review meeting</source>
            <translation>Review-Besprechung</translation>
        </message>
        <message>
            <source>Held on %1.</source>
            <translation>Abgehalten am %1.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Nobody was marked present.</source>
            <translation>Niemand wurde als anwesend markiert.</translation>
        </message>
        <message>
            <source>Present: %1.</source>
            <translation>Anwesend: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) present are not named in this version of the report.</source>
            <translation>
                <numerusform>%n anwesende beteiligte Person wird in dieser Version des Berichts nicht genannt.</numerusform>
                <numerusform>%n anwesende Beteiligte werden in dieser Version des Berichts nicht genannt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time per agenda item</source>
            <translation>Zeit pro Agendapunkt</translation>
        </message>
        <message>
            <source>No time was recorded.</source>
            <translation>Es wurde keine Zeit erfasst.</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agendapunkt</translation>
        </message>
        <message>
            <source>Timebox</source>
            <translation>Zeitfenster</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Verbraucht</translation>
        </message>
        <message>
            <source>(%1 over)</source>
            <translation>(%1 überzogen)</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>No notes were taken.</source>
            <translation>Es wurden keine Notizen gemacht.</translation>
        </message>
    </context>
    <context>
        <name>causeway::Bundle</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>Der Export wurde abgebrochen.</translation>
        </message>
        <message>
            <source>No file was given to write the bundle to.</source>
            <translation>Es wurde keine Datei angegeben, in die das Bundle geschrieben werden soll.</translation>
        </message>
        <message>
            <source>A bundle is encrypted with a passphrase or for recipients, not both.</source>
            <translation>Ein Bundle wird mit einer Passphrase oder für Empfänger verschlüsselt, nicht mit beidem.</translation>
        </message>
        <message>
            <source>Nothing changed since the last bundle for %1.</source>
            <translation>Seit dem letzten Bundle für %1 hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>There are no postmortems to export.</source>
            <translation>Es gibt keine Postmortems zum Exportieren.</translation>
        </message>
        <message>
            <source>Choose the postmortems to export.</source>
            <translation>Wählen Sie die zu exportierenden Postmortems.</translation>
        </message>
        <message>
            <source>Reading postmortems</source>
            <translation>Postmortems werden gelesen</translation>
        </message>
        <message>
            <source>Postmortem %1 cannot be read.</source>
            <translation>Postmortem %1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Postmortem %1 is not exported: evidence file "%2": %3</source>
            <translation>Postmortem %1 wird nicht exportiert: Belegdatei „%2“: %3</translation>
        </message>
        <message>
            <source>The signing key is not open.</source>
            <translation>Der Signaturschlüssel ist nicht geöffnet.</translation>
        </message>
        <message>
            <source>Compressing</source>
            <translation>Komprimieren</translation>
        </message>
        <message>
            <source>Encrypting</source>
            <translation>Verschlüsseln</translation>
        </message>
        <message>
            <source>Writing the file</source>
            <translation>Datei wird geschrieben</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The bundle was written, but the export could not be recorded: %1</source>
            <translation>Das Bundle wurde geschrieben, aber der Export konnte nicht vermerkt werden: %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>manifest.json is not a JSON object: %1</source>
            <translation>manifest.json ist kein JSON-Objekt: %1</translation>
        </message>
        <message>
            <source>another value</source>
            <translation>ein anderer Wert</translation>
        </message>
        <message>
            <source>expected "%1"; this is not a Causeway bundle</source>
            <translation>erwartet wurde „%1“; dies ist kein Causeway-Bundle</translation>
        </message>
        <message>
            <source>expected a positive integer</source>
            <translation>erwartet wurde eine positive ganze Zahl</translation>
        </message>
        <message>
            <source>This bundle uses format version %1.%2, which this version of Causeway cannot read (it reads version %3). Update Causeway to import it.</source>
            <translation>Dieses Bundle verwendet die Formatversion %1.%2, die diese Version von Causeway nicht lesen kann (sie liest Version %3). Aktualisieren Sie Causeway, um es zu importieren.</translation>
        </message>
        <message>
            <source>expected a UUID</source>
            <translation>erwartet wurde eine UUID</translation>
        </message>
        <message>
            <source>expected a UTC time</source>
            <translation>erwartet wurde eine UTC-Zeit</translation>
        </message>
        <message>
            <source>expected an array</source>
            <translation>erwartet wurde ein Array</translation>
        </message>
        <message>
            <source>expected a postmortem id, each once</source>
            <translation>erwartet wurde eine Postmortem-ID, jede nur einmal</translation>
        </message>
        <message>
            <source>expected 64 lower-case hex digits</source>
            <translation>erwartet wurden 64 hexadezimale Ziffern in Kleinbuchstaben</translation>
        </message>
        <message>
            <source>expected a size in bytes</source>
            <translation>erwartet wurde eine Größe in Bytes</translation>
        </message>
        <message>
            <source>"%1" cannot be listed here</source>
            <translation>„%1“ kann hier nicht aufgeführt werden</translation>
        </message>
        <message>
            <source>%1 is not a valid postmortem document: %2</source>
            <translation>%1 ist kein gültiges Postmortem-Dokument: %2</translation>
        </message>
        <message>
            <source>%1 holds postmortem %2, not the one its name says.</source>
            <translation>%1 enthält Postmortem %2, nicht das, welches sein Name angibt.</translation>
        </message>
        <message>
            <source>The bundle holds postmortem %1 twice.</source>
            <translation>Das Bundle enthält Postmortem %1 zweimal.</translation>
        </message>
        <message>
            <source>The bundle holds "%1", which is not a postmortem document or attachment; it is refused.</source>
            <translation>Das Bundle enthält „%1“, das weder ein Postmortem-Dokument noch ein Anhang ist; es wird abgelehnt.</translation>
        </message>
        <message>
            <source>The file is empty; it is not a bundle.</source>
            <translation>Die Datei ist leer; sie ist kein Bundle.</translation>
        </message>
        <message>
            <source>The bundle cannot be decrypted: %1</source>
            <translation>Das Bundle kann nicht entschlüsselt werden: %1</translation>
        </message>
        <message>
            <source>The file is neither a Causeway bundle (a zip archive) nor an age-encrypted one.</source>
            <translation>Die Datei ist weder ein Causeway-Bundle (ein Zip-Archiv) noch ein mit age verschlüsseltes Bundle.</translation>
        </message>
        <message>
            <source>The bundle is damaged or unsafe: %1</source>
            <translation>Das Bundle ist beschädigt oder unsicher: %1</translation>
        </message>
        <message>
            <source>The bundle has a signature but no manifest.json.</source>
            <translation>Das Bundle hat eine Signatur, aber keine manifest.json.</translation>
        </message>
        <message>
            <source>%1 does not match its SHA-256.</source>
            <translation>%1 stimmt nicht mit seinem SHA-256 überein.</translation>
        </message>
        <message>
            <source>The zip holds "%1", which is not a postmortem document; it is refused.</source>
            <translation>Das Zip enthält „%1“, das kein Postmortem-Dokument ist; es wird abgelehnt.</translation>
        </message>
        <message>
            <source>The zip holds no postmortem documents.</source>
            <translation>Das Zip enthält keine Postmortem-Dokumente.</translation>
        </message>
        <message>
            <source>%1 is listed in the manifest but missing from the bundle.</source>
            <translation>%1 steht im Manifest, fehlt aber im Bundle.</translation>
        </message>
        <message>
            <source>%1 does not match the size and SHA-256 in the manifest: the bundle was altered or damaged.</source>
            <translation>%1 stimmt nicht mit Größe und SHA-256 im Manifest überein: Das Bundle wurde verändert oder beschädigt.</translation>
        </message>
        <message>
            <source>%1 is in the bundle but not in its manifest; it is refused.</source>
            <translation>%1 ist im Bundle, aber nicht in seinem Manifest; es wird abgelehnt.</translation>
        </message>
        <message>
            <source>The manifest does not carry the signer's public key.</source>
            <translation>Das Manifest enthält nicht den öffentlichen Schlüssel der signierenden Person.</translation>
        </message>
        <message>
            <source>The manifest names key %1, but its public key is key %2.</source>
            <translation>Das Manifest nennt Schlüssel %1, aber sein öffentlicher Schlüssel ist Schlüssel %2.</translation>
        </message>
        <message>
            <source>The bundle's signature is not valid: %1</source>
            <translation>Die Signatur des Bundles ist ungültig: %1</translation>
        </message>
        <message>
            <source>The bundle's signed comment does not match its manifest.</source>
            <translation>Der signierte Kommentar des Bundles passt nicht zu seinem Manifest.</translation>
        </message>
        <message>
            <source>The manifest names signer key %1, but the signature (manifest.json.minisig) is missing.</source>
            <translation>Das Manifest nennt den Signaturschlüssel %1, aber die Signatur (manifest.json.minisig) fehlt.</translation>
        </message>
        <message>
            <source>The manifest's list of postmortems does not match the documents in the bundle.</source>
            <translation>Die Liste der Postmortems im Manifest passt nicht zu den Dokumenten im Bundle.</translation>
        </message>
        <message>
            <source>The bundle is not signed, so where it came from cannot be checked. Import it only if you trust its source (--trust).</source>
            <translation>Das Bundle ist nicht signiert, daher lässt sich seine Herkunft nicht prüfen. Importieren Sie es nur, wenn Sie seiner Quelle vertrauen (--trust).</translation>
        </message>
        <message>
            <source>The bundle is signed by %1, a key this database does not know yet. Check the key id with its owner, then trust it (--trust).</source>
            <translation>Das Bundle ist von %1 signiert, einem Schlüssel, den diese Datenbank noch nicht kennt. Prüfen Sie die Schlüssel-ID mit der Person, der er gehört, und vertrauen Sie ihm dann (--trust).</translation>
        </message>
        <message>
            <source>Bundle %1</source>
            <translation>Bundle %1</translation>
        </message>
        <message>
            <source>Created %1 on device %2</source>
            <translation>Erstellt %1 auf Gerät %2</translation>
        </message>
        <message>
            <source>Signed by: %1</source>
            <translation>Signiert von: %1</translation>
        </message>
        <message>
            <source>Encrypted: yes</source>
            <translation>Verschlüsselt: ja</translation>
        </message>
        <message>
            <source>This bundle was imported before.</source>
            <translation>Dieses Bundle wurde bereits importiert.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>  %1  %2 (%3): %4 records added, %5 changed, %6 deleted, %7 conflicts</source>
            <translation>  %1  %2 (%3): %4 Datensätze hinzugefügt, %5 geändert, %6 gelöscht, %7 Konflikte</translation>
        </message>
        <message>
            <source>In all: %1 postmortems, %2 new conflicts, %3 attachment files added.</source>
            <translation>Insgesamt: %1 Postmortems, %2 neue Konflikte, %3 Anhangsdateien hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>causeway::Bundle::OpenedBundle</name>
        <message>
            <source>not signed</source>
            <translation>nicht signiert</translation>
        </message>
        <message>
            <source>an unnamed signer</source>
            <translation>eine unbenannte signierende Person</translation>
        </message>
        <message>
            <source>%1, key %2</source>
            <translation>%1, Schlüssel %2</translation>
        </message>
    </context>
    <context>
        <name>causeway::Bundle::Reader</name>
        <message>
            <source>manifest.json: %1: %2</source>
            <translation>manifest.json: %1: %2</translation>
        </message>
        <message>
            <source>expected a text of at most %1 characters</source>
            <translation>erwartet wurde ein Text mit höchstens %1 Zeichen</translation>
        </message>
    </context>
    <context>
        <name>causeway::BundleImportFlow</name>
        <message>
            <source>Bundle Not Imported</source>
            <translation>Bundle nicht importiert</translation>
        </message>
        <message>
            <source>The database is open read-only: %1</source>
            <translation>Die Datenbank ist schreibgeschützt geöffnet: %1</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than any bundle Causeway imports.</source>
            <translation>%1 ist größer als jedes Bundle, das Causeway importiert.</translation>
        </message>
        <message>
            <source>%1 cannot be imported.

%2</source>
            <translation>%1 kann nicht importiert werden.

%2</translation>
        </message>
    </context>
    <context>
        <name>causeway::BundlePreviewModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>Postmortem</source>
            <translation>Postmortem</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
    </context>
    <context>
        <name>causeway::CategoriesDialog</name>
        <message>
            <source>&amp;Rename…</source>
            <translation>U&amp;mbenennen…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Fishbone Categories</source>
            <translation>Kategorien des Ishikawa-Diagramms</translation>
        </message>
        <message>
            <source>The bones of the fishbone. Categories are about systems, not people: what people had to work with belongs under Working Conditions.</source>
            <translation>Die Gräten des Ishikawa-Diagramms. Kategorien betreffen Systeme, nicht Menschen: Womit Menschen arbeiten mussten, gehört unter Arbeitsbedingungen.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>Add Category</source>
            <translation>Kategorie hinzufügen</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Rename Category</source>
            <translation>Kategorie umbenennen</translation>
        </message>
    </context>
    <context>
        <name>causeway::CauseEditing</name>
        <message>
            <source>Move cause</source>
            <translation>Ursache verschieben</translation>
        </message>
        <message>
            <source>Move cause to %1</source>
            <translation>Ursache nach %1 verschieben</translation>
        </message>
        <message>
            <source>Delete cause</source>
            <translation>Ursache löschen</translation>
        </message>
        <message>
            <source>Delete %1 causes</source>
            <translation>%1 Ursachen löschen</translation>
        </message>
        <message>
            <source>Change evidence</source>
            <translation>Belege ändern</translation>
        </message>
        <message>
            <source>A category needs a name.</source>
            <translation>Eine Kategorie braucht einen Namen.</translation>
        </message>
        <message>
            <source>There is already a category "%1".</source>
            <translation>Es gibt bereits eine Kategorie „%1“.</translation>
        </message>
        <message>
            <source>Add category %1</source>
            <translation>Kategorie %1 hinzufügen</translation>
        </message>
        <message>
            <source>There is no category "%1".</source>
            <translation>Es gibt keine Kategorie „%1“.</translation>
        </message>
        <message>
            <source>Rename category %1</source>
            <translation>Kategorie %1 umbenennen</translation>
        </message>
        <message>
            <source>Causes are filed under "%1": move them to another category first.</source>
            <translation>Unter „%1“ sind Ursachen eingeordnet: Verschieben Sie diese zuerst in eine andere Kategorie.</translation>
        </message>
        <message>
            <source>Remove category %1</source>
            <translation>Kategorie %1 entfernen</translation>
        </message>
        <message>
            <source>Move category %1</source>
            <translation>Kategorie %1 verschieben</translation>
        </message>
    </context>
    <context>
        <name>causeway::CauseItemDelegate</name>
        <message>
            <source>What happened?</source>
            <translation>Was ist passiert?</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Warum?</translation>
        </message>
    </context>
    <context>
        <name>causeway::CauseTreeModel</name>
        <message>
            <source>No problem statement yet: press F2 to write one</source>
            <translation>Noch keine Problembeschreibung: Drücken Sie F2, um eine zu schreiben</translation>
        </message>
        <message>
            <source>The first line of the summary stands in until a problem statement is written (F2).</source>
            <translation>Die erste Zeile der Zusammenfassung steht hier, bis eine Problembeschreibung geschrieben ist (F2).</translation>
        </message>
        <message>
            <source>The problem statement: every first-level answer says why this happened.</source>
            <translation>Die Problembeschreibung: Jede Antwort der ersten Ebene sagt, warum dies geschah.</translation>
        </message>
        <message>
            <source>(no answer yet)</source>
            <translation>(noch keine Antwort)</translation>
        </message>
        <message>
            <source>On the fishbone under %1</source>
            <translation>Im Ishikawa-Diagramm unter %1</translation>
        </message>
        <message>
            <source>Not on the fishbone (Space marks it as a cause)</source>
            <translation>Nicht im Ishikawa-Diagramm (Leertaste markiert es als Ursache)</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of evidence</source>
            <translation>
                <numerusform>%n Beleg</numerusform>
                <numerusform>%n Belege</numerusform>
            </translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Warum?</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>On fishbone</source>
            <translation>Im Diagramm</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>Marked as a cause: drawn on the fishbone under its category</source>
            <translation>Als Ursache markiert: wird im Ishikawa-Diagramm unter ihrer Kategorie gezeichnet</translation>
        </message>
        <message numerus="yes">
            <source>Move %n cause(s)</source>
            <translation>
                <numerusform>%n Ursache verschieben</numerusform>
                <numerusform>%n Ursachen verschieben</numerusform>
            </translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Kennzeichnung</translation>
        </message>
    </context>
    <context>
        <name>causeway::CausesPane</name>
        <message>
            <source>Fishbone &amp;Categories…</source>
            <translation>&amp;Kategorien des Ishikawa-Diagramms…</translation>
        </message>
        <message>
            <source>Why did it happen? Enter adds an answer, Tab asks why again, Space puts a cause on the fishbone.</source>
            <translation>Warum ist es passiert? Die Eingabetaste fügt eine Antwort hinzu, Tab fragt erneut nach dem Warum, die Leertaste setzt eine Ursache ins Ishikawa-Diagramm.</translation>
        </message>
        <message>
            <source>E&amp;xport Diagram…</source>
            <translation>Diagramm e&amp;xportieren…</translation>
        </message>
    </context>
    <context>
        <name>causeway::ChecklistView</name>
        <message>
            <source>Review checklist</source>
            <translation>Review-Checkliste</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>fails</source>
            <translation>nicht erfüllt</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>nicht geprüft</translation>
        </message>
    </context>
    <context>
        <name>causeway::ChoiceFieldEditor</name>
        <message>
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
    </context>
    <context>
        <name>causeway::CitingCausesLabel</name>
        <message>
            <source>Causes that cite the event</source>
            <translation>Ursachen, die das Ereignis anführen</translation>
        </message>
        <message>
            <source>No cause cites this event yet.</source>
            <translation>Noch keine Ursache führt dieses Ereignis an.</translation>
        </message>
        <message>
            <source>(no statement yet)</source>
            <translation>(noch keine Beschreibung)</translation>
        </message>
        <message numerus="yes">
            <source>Cited by %n cause(s):</source>
            <translation>
                <numerusform>Angeführt von %n Ursache:</numerusform>
                <numerusform>Angeführt von %n Ursachen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>causeway::CoachHighlighter</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; “%2”&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;&lt;i&gt;Try:&lt;/i&gt; %4&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; „%2“&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;&lt;i&gt;Versuchen Sie:&lt;/i&gt; %4&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>causeway::ConflictEditing</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Key event</source>
            <translation>Schlüsselereignis</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason for the status</source>
            <translation>Begründung für den Status</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Abgeschlossen am</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Verification method</source>
            <translation>Verifizierungsmethode</translation>
        </message>
        <message>
            <source>Verification note</source>
            <translation>Verifizierungsnotiz</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Verifiziert am</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Verifiziert von</translation>
        </message>
        <message>
            <source>Position in the list</source>
            <translation>Position in der Liste</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <source>Cause it answers</source>
            <translation>Ursache, die sie beantwortet</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>On the fishbone</source>
            <translation>Im Ishikawa-Diagramm</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Dateiname</translation>
        </message>
        <message>
            <source>The postmortem is read-only.</source>
            <translation>Das Postmortem ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>The status changes only through the review workflow (submit, approve, publish, reopen); it cannot be taken from a conflict.</source>
            <translation>Der Status ändert sich nur über den Review-Ablauf (einreichen, genehmigen, veröffentlichen, erneut öffnen); er kann nicht aus einem Konflikt übernommen werden.</translation>
        </message>
        <message>
            <source>Keep current value of %1</source>
            <translation>Aktuellen Wert von %1 behalten</translation>
        </message>
        <message>
            <source>Take conflicting value of %1</source>
            <translation>Abweichenden Wert von %1 übernehmen</translation>
        </message>
        <message>
            <source>Edit conflicting value of %1</source>
            <translation>Abweichenden Wert von %1 bearbeiten</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>Problem statement</source>
            <translation>Problembeschreibung</translation>
        </message>
        <message>
            <source>Fishbone categories</source>
            <translation>Kategorien des Ishikawa-Diagramms</translation>
        </message>
        <message>
            <source>(unnamed participant)</source>
            <translation>(unbenannte beteiligte Person)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>There is no conflict %1 in this postmortem.</source>
            <translation>In diesem Postmortem gibt es keinen Konflikt %1.</translation>
        </message>
        <message>
            <source>The conflict about %1 is already resolved.</source>
            <translation>Der Konflikt um %1 ist bereits gelöst.</translation>
        </message>
        <message>
            <source>“%1” is not a way to resolve a conflict.</source>
            <translation>„%1“ ist keine Möglichkeit, einen Konflikt zu lösen.</translation>
        </message>
        <message>
            <source>The record the conflict is about (%1) is not in this postmortem.</source>
            <translation>Der Datensatz, um den es im Konflikt geht (%1), ist nicht in diesem Postmortem.</translation>
        </message>
        <message>
            <source>Whether a record is deleted is yes or no; another value was given.</source>
            <translation>Ob ein Datensatz gelöscht ist, ist ja oder nein; es wurde ein anderer Wert angegeben.</translation>
        </message>
        <message>
            <source>The postmortem</source>
            <translation>Das Postmortem</translation>
        </message>
        <message>
            <source>Record %1</source>
            <translation>Datensatz %1</translation>
        </message>
        <message>
            <source>Event — %1</source>
            <translation>Ereignis — %1</translation>
        </message>
        <message>
            <source>Event %1 — %2</source>
            <translation>Ereignis %1 — %2</translation>
        </message>
        <message>
            <source>Action %1</source>
            <translation>Maßnahme %1</translation>
        </message>
        <message>
            <source>Cause %1</source>
            <translation>Ursache %1</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>Beteiligte Person %1</translation>
        </message>
        <message>
            <source>Evidence %1</source>
            <translation>Beleg %1</translation>
        </message>
        <message>
            <source>Review step</source>
            <translation>Review-Schritt</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>not deleted</source>
            <translation>nicht gelöscht</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Concurrent edit</source>
            <translation>Gleichzeitige Bearbeitung</translation>
        </message>
        <message>
            <source>Approved content</source>
            <translation>Genehmigter Inhalt</translation>
        </message>
        <message>
            <source>Edited while deleted</source>
            <translation>Bearbeitet, während gelöscht</translation>
        </message>
        <message>
            <source>Added after approval</source>
            <translation>Nach der Genehmigung hinzugefügt</translation>
        </message>
        <message>
            <source>Two machines changed this without seeing each other's change. The current value won everywhere; the conflicting value is kept here for you to choose.</source>
            <translation>Zwei Rechner haben dies geändert, ohne die Änderung des anderen zu sehen. Der aktuelle Wert hat sich überall durchgesetzt; der abweichende Wert wird hier aufbewahrt, damit Sie wählen können.</translation>
        </message>
        <message>
            <source>This was changed without knowledge of the postmortem's approval, so the approved value stays. To take the other value, reopen the postmortem in the Review tab first.</source>
            <translation>Dies wurde ohne Kenntnis der Genehmigung des Postmortems geändert, daher bleibt der genehmigte Wert. Um den anderen Wert zu übernehmen, öffnen Sie das Postmortem zuerst im Tab „Review“ erneut.</translation>
        </message>
        <message>
            <source>This was edited on one machine while it was deleted on another. It stays deleted; taking the conflicting side restores it with the edit.</source>
            <translation>Dies wurde auf einem Rechner bearbeitet, während es auf einem anderen gelöscht wurde. Es bleibt gelöscht; wenn Sie die abweichende Seite übernehmen, wird es mit der Bearbeitung wiederhergestellt.</translation>
        </message>
        <message>
            <source>This was added while the postmortem was approved on another machine, so it was moved to the trash. Taking the conflicting side restores it (reopen the postmortem first).</source>
            <translation>Dies wurde hinzugefügt, während das Postmortem auf einem anderen Rechner genehmigt wurde, und deshalb in den Papierkorb verschoben. Wenn Sie die abweichende Seite übernehmen, wird es wiederhergestellt (öffnen Sie das Postmortem zuerst erneut).</translation>
        </message>
    </context>
    <context>
        <name>causeway::ConflictValueDialog</name>
        <message>
            <source>Edit Value</source>
            <translation>Wert bearbeiten</translation>
        </message>
        <message>
            <source>Write the value of &lt;b&gt;%1&lt;/b&gt; that replaces both.</source>
            <translation>Schreiben Sie den Wert von &lt;b&gt;%1&lt;/b&gt;, der beide ersetzt.</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Neuer Wert</translation>
        </message>
        <message>
            <source>Current value:</source>
            <translation>Aktueller Wert:</translation>
        </message>
        <message>
            <source>Conflicting value:</source>
            <translation>Abweichender Wert:</translation>
        </message>
        <message>
            <source>&amp;New value:</source>
            <translation>&amp;Neuer Wert:</translation>
        </message>
        <message>
            <source>&amp;New value (JSON):</source>
            <translation>&amp;Neuer Wert (JSON):</translation>
        </message>
        <message>
            <source>Use This Value</source>
            <translation>Diesen Wert verwenden</translation>
        </message>
        <message>
            <source>This is not a JSON value: %1</source>
            <translation>Dies ist kein JSON-Wert: %1</translation>
        </message>
    </context>
    <context>
        <name>causeway::ConflictsModel</name>
        <message>
            <source>About</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Current value</source>
            <translation>Aktueller Wert</translation>
        </message>
        <message>
            <source>Conflicting value</source>
            <translation>Abweichender Wert</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
    </context>
    <context>
        <name>causeway::ConflictsPane</name>
        <message>
            <source>&amp;Keep Current</source>
            <translation>Aktuellen &amp;behalten</translation>
        </message>
        <message>
            <source>Take Conflictin&amp;g</source>
            <translation>Abweichenden &amp;übernehmen</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>Bea&amp;rbeiten…</translation>
        </message>
        <message>
            <source>Values that lost when this postmortem was merged with another machine's copy. The current value is the one every machine shows; keep it, take the conflicting value instead, or write a new one.</source>
            <translation>Werte, die unterlagen, als dieses Postmortem mit der Kopie eines anderen Rechners zusammengeführt wurde. Der aktuelle Wert ist der, den jeder Rechner anzeigt; behalten Sie ihn, übernehmen Sie stattdessen den abweichenden Wert, oder schreiben Sie einen neuen.</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Offene Konflikte</translation>
        </message>
        <message>
            <source>The current value stays; the conflict is marked resolved.</source>
            <translation>Der aktuelle Wert bleibt; der Konflikt wird als gelöst markiert.</translation>
        </message>
        <message>
            <source>The conflicting value replaces the current one.</source>
            <translation>Der abweichende Wert ersetzt den aktuellen.</translation>
        </message>
        <message>
            <source>Write a value that replaces both.</source>
            <translation>Schreiben Sie einen Wert, der beide ersetzt.</translation>
        </message>
        <message>
            <source>There are no open conflicts.</source>
            <translation>Es gibt keine offenen Konflikte.</translation>
        </message>
        <message>
            <source>No conflict is selected.</source>
            <translation>Kein Konflikt ist ausgewählt.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>causeway::ContributingFactorDetails</name>
        <message>
            <source>&amp;Link Evidence…</source>
            <translation>Beleg &amp;verknüpfen…</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Lösen</translation>
        </message>
        <message>
            <source>Show on &amp;Timeline</source>
            <translation>In der &amp;Zeitleiste zeigen</translation>
        </message>
        <message>
            <source>Kind of cause</source>
            <translation>Art der Ursache</translation>
        </message>
        <message>
            <source>Fishbone category</source>
            <translation>Kategorie im Ishikawa-Diagramm</translation>
        </message>
        <message>
            <source>Notes on the cause</source>
            <translation>Notizen zur Ursache</translation>
        </message>
        <message>
            <source>What the group learned about this cause</source>
            <translation>Was die Gruppe über diese Ursache gelernt hat</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Belege:</translation>
        </message>
        <message>
            <source>Evidence the cause cites</source>
            <translation>Belege, die die Ursache anführt</translation>
        </message>
        <message>
            <source>Time or SHA-256</source>
            <translation>Zeit oder SHA-256</translation>
        </message>
        <message>
            <source>Event or attachment</source>
            <translation>Ereignis oder Anhang</translation>
        </message>
        <message>
            <source>Choose the timeline events this cause rests on</source>
            <translation>Wählen Sie die Ereignisse der Zeitleiste, auf denen diese Ursache beruht</translation>
        </message>
        <message>
            <source>Stop citing the selected evidence (the timeline keeps it)</source>
            <translation>Die ausgewählten Belege nicht mehr anführen (die Zeitleiste behält sie)</translation>
        </message>
        <message>
            <source>Select the event on the timeline</source>
            <translation>Das Ereignis auf der Zeitleiste auswählen</translation>
        </message>
        <message>
            <source>Select a cause to see its evidence and notes.</source>
            <translation>Wählen Sie eine Ursache, um ihre Belege und Notizen zu sehen.</translation>
        </message>
        <message>
            <source>(no statement yet)</source>
            <translation>(noch keine Beschreibung)</translation>
        </message>
        <message>
            <source>Not on the fishbone</source>
            <translation>Nicht im Ishikawa-Diagramm</translation>
        </message>
        <message>
            <source>No time</source>
            <translation>Keine Zeit</translation>
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation>SHA-256 %1</translation>
        </message>
        <message>
            <source>Not on the timeline (in the trash or not imported)</source>
            <translation>Nicht auf der Zeitleiste (im Papierkorb oder nicht importiert)</translation>
        </message>
        <message>
            <source>&amp;Evidence (%1):</source>
            <translation>&amp;Belege (%1):</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>&amp;Belege:</translation>
        </message>
        <message>
            <source>the cause</source>
            <translation>die Ursache</translation>
        </message>
        <message>
            <source>&amp;Marking:</source>
            <translation>Kennzeic&amp;hnung:</translation>
        </message>
    </context>
    <context>
        <name>causeway::ContributingFactorsModel</name>
        <message>
            <source>(no statement yet)</source>
            <translation>(noch keine Beschreibung)</translation>
        </message>
        <message>
            <source>No action addresses this root cause yet</source>
            <translation>Noch keine Maßnahme behebt diese Grundursache</translation>
        </message>
        <message>
            <source>No action addresses this contributing factor yet</source>
            <translation>Noch keine Maßnahme behebt diesen beitragenden Faktor</translation>
        </message>
        <message>
            <source>No action yet</source>
            <translation>Noch keine Maßnahme</translation>
        </message>
        <message>
            <source>Not on the fishbone</source>
            <translation>Nicht im Ishikawa-Diagramm</translation>
        </message>
        <message numerus="yes">
            <source>%n timeline event(s)</source>
            <translation>
                <numerusform>%n Ereignis der Zeitleiste</numerusform>
                <numerusform>%n Ereignisse der Zeitleiste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n Anhang</numerusform>
                <numerusform>%n Anhänge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cited record(s) not on the timeline (in the trash or not imported)</source>
            <translation>
                <numerusform>%n angeführter Datensatz nicht auf der Zeitleiste (im Papierkorb oder nicht importiert)</numerusform>
                <numerusform>%n angeführte Datensätze nicht auf der Zeitleiste (im Papierkorb oder nicht importiert)</numerusform>
            </translation>
        </message>
        <message>
            <source>No action item lists this cause</source>
            <translation>Keine Maßnahme nennt diese Ursache</translation>
        </message>
        <message numerus="yes">
            <source>%n action item(s) address this cause</source>
            <translation>
                <numerusform>%n Maßnahme behebt diese Ursache</numerusform>
                <numerusform>%n Maßnahmen beheben diese Ursache</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no action needed</source>
            <translation>%1: keine Maßnahme nötig</translation>
        </message>
        <message>
            <source>Timeline events and attachments this cause cites</source>
            <translation>Ereignisse der Zeitleiste und Anhänge, die diese Ursache anführt</translation>
        </message>
        <message>
            <source>Action items that address this cause</source>
            <translation>Maßnahmen, die diese Ursache beheben</translation>
        </message>
        <message>
            <source>Root causes and contributing factors that no action addresses yet</source>
            <translation>Grundursachen und beitragende Faktoren, die noch keine Maßnahme behebt</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Ursache</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Needs action</source>
            <translation>Braucht Maßnahme</translation>
        </message>
    </context>
    <context>
        <name>causeway::ContributingFactorsPanel</name>
        <message>
            <source>&amp;Only causes without an action</source>
            <translation>Nur Ursachen &amp;ohne Maßnahme</translation>
        </message>
        <message>
            <source>Root causes and contributing factors without an action</source>
            <translation>Grundursachen und beitragende Faktoren ohne Maßnahme</translation>
        </message>
        <message>
            <source>Summary of the causes</source>
            <translation>Zusammenfassung der Ursachen</translation>
        </message>
        <message>
            <source>Show only the root causes and contributing factors no action addresses yet</source>
            <translation>Nur die Grundursachen und beitragenden Faktoren zeigen, die noch keine Maßnahme behebt</translation>
        </message>
        <message>
            <source>Contributing factors</source>
            <translation>Beitragende Faktoren</translation>
        </message>
        <message>
            <source>No causes yet: add them in the 5 whys or on the fishbone.</source>
            <translation>Noch keine Ursachen: Fügen Sie sie bei den Fünf Warum oder im Ishikawa-Diagramm hinzu.</translation>
        </message>
        <message numerus="yes">
            <source>%n cause(s)</source>
            <translation>
                <numerusform>%n Ursache</numerusform>
                <numerusform>%n Ursachen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n root cause(s)</source>
            <translation>
                <numerusform>%n Grundursache</numerusform>
                <numerusform>%n Grundursachen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without an action</source>
            <translation>
                <numerusform>%n ohne Maßnahme</numerusform>
                <numerusform>%n ohne Maßnahme</numerusform>
            </translation>
        </message>
        <message>
            <source>every root cause and contributing factor has an action</source>
            <translation>jede Grundursache und jeder beitragende Faktor hat eine Maßnahme</translation>
        </message>
    </context>
    <context>
        <name>causeway::DashboardModel</name>
        <message>
            <source>Recurred although every action of the earlier incident was done.</source>
            <translation>Erneut aufgetreten, obwohl jede Maßnahme des früheren Vorfalls erledigt war.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source> (despite fixes)</source>
            <translation> (trotz Behebung)</translation>
        </message>
        <message>
            <source>Postmortem</source>
            <translation>Postmortem</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Incident end</source>
            <translation>Ende des Vorfalls</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <source>Days to complete</source>
            <translation>Tage bis zum Abschluss</translation>
        </message>
        <message>
            <source>Actions on time</source>
            <translation>Maßnahmen fristgerecht</translation>
        </message>
        <message>
            <source>Recurrence of</source>
            <translation>Wiederholung von</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Erkennen</translation>
        </message>
        <message>
            <source>Mitigate</source>
            <translation>Eindämmen</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Beheben</translation>
        </message>
    </context>
    <context>
        <name>causeway::DashboardView</name>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Incidents that started on or after this day</source>
            <translation>Vorfälle, die an oder nach diesem Tag begannen</translation>
        </message>
        <message>
            <source>Incidents that started on or before this day</source>
            <translation>Vorfälle, die an oder vor diesem Tag begannen</translation>
        </message>
        <message>
            <source>Any severity</source>
            <translation>Alle Schweregrade</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>The numbers behind the figures</source>
            <translation>Die Zahlen hinter den Diagrammen</translation>
        </message>
        <message>
            <source>Double-click to open the postmortem</source>
            <translation>Doppelklicken, um das Postmortem zu öffnen</translation>
        </message>
        <message>
            <source>Period and filters select incidents by incident start. Time to complete: incident end → latest approval. Actions: due in the period (or up to today), closed or past due; won't-do excluded. Recurrence rate: confirmed recurrences of an earlier incident whose actions were all done.</source>
            <translation>Zeitraum und Filter wählen Vorfälle nach ihrem Beginn aus. Zeit bis zum Abschluss: Ende des Vorfalls → letzte Genehmigung. Maßnahmen: im Zeitraum fällig (oder bis heute), abgeschlossen oder überfällig; „Wird nicht umgesetzt“ ausgenommen. Wiederholungsrate: bestätigte Wiederholungen eines früheren Vorfalls, dessen Maßnahmen alle erledigt waren.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Any service</source>
            <translation>Alle Dienste</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>Time to complete a postmortem (incident end → approved)</source>
            <translation>Zeit bis zum Abschluss eines Postmortems (Ende des Vorfalls → genehmigt)</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>median; mean %1 days; n = %2 approved, %3 not yet approved</source>
            <translation>Median; Mittelwert %1 Tage; n = %2 genehmigt, %3 noch nicht genehmigt</translation>
        </message>
        <message>
            <source>n = 0 approved, %1 not yet approved</source>
            <translation>n = 0 genehmigt, %1 noch nicht genehmigt</translation>
        </message>
        <message>
            <source>Actions closed within their deadline</source>
            <translation>Innerhalb der Frist abgeschlossene Maßnahmen</translation>
        </message>
        <message>
            <source>%1 of n = %2 on time; %3 won't-do excluded</source>
            <translation>%1 von n = %2 fristgerecht; %3 „Wird nicht umgesetzt“ ausgenommen</translation>
        </message>
        <message>
            <source>Recurrence rate (despite completed actions)</source>
            <translation>Wiederholungsrate (trotz abgeschlossener Maßnahmen)</translation>
        </message>
        <message>
            <source>%1 of n = %2 incidents; %3 confirmed recurrences in all</source>
            <translation>%1 von n = %2 Vorfällen; insgesamt %3 bestätigte Wiederholungen</translation>
        </message>
        <message>
            <source>Started on or after</source>
            <translation>Begonnen am oder nach</translation>
        </message>
        <message>
            <source>Started on or before</source>
            <translation>Begonnen am oder vor</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
    </context>
    <context>
        <name>causeway::DateFieldEditor</name>
        <message>
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
    </context>
    <context>
        <name>causeway::DateTimeFieldEditor</name>
        <message>
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
    </context>
    <context>
        <name>causeway::DecryptBundleDialog</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Identity file:</source>
            <translation>&amp;Identitätsdatei:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Encrypted Bundle</source>
            <translation>Verschlüsseltes Bundle</translation>
        </message>
        <message>
            <source>“%1” is encrypted. Enter its passphrase, or choose the age identity file with a key it was encrypted for.</source>
            <translation>„%1“ ist verschlüsselt. Geben Sie die Passphrase ein, oder wählen Sie die age-Identitätsdatei mit einem Schlüssel, für den es verschlüsselt wurde.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Identity file</source>
            <translation>Identitätsdatei</translation>
        </message>
        <message>
            <source>a file with AGE-SECRET-KEY-1… lines</source>
            <translation>eine Datei mit Zeilen AGE-SECRET-KEY-1…</translation>
        </message>
        <message>
            <source>Decrypt</source>
            <translation>Entschlüsseln</translation>
        </message>
        <message>
            <source>Identity File</source>
            <translation>Identitätsdatei</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The identity file %1 cannot be read: %2</source>
            <translation>Die Identitätsdatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is too large to be an identity file.</source>
            <translation>%1 ist zu groß für eine Identitätsdatei.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>causeway::EditableAgenda</name>
        <message>
            <source>There is no agenda item %1.</source>
            <translation>Es gibt keinen Agendapunkt %1.</translation>
        </message>
        <message>
            <source>A timebox is 1 to %1 minutes.</source>
            <translation>Ein Zeitfenster umfasst 1 bis %1 Minuten.</translation>
        </message>
        <message>
            <source>An agenda item needs a title.</source>
            <translation>Ein Agendapunkt braucht einen Titel.</translation>
        </message>
        <message>
            <source>Rename agenda item “%1”</source>
            <translation>Agendapunkt „%1“ umbenennen</translation>
        </message>
        <message>
            <source>Edit the script of “%1”</source>
            <translation>Skript von „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Add agenda item “%1”</source>
            <translation>Agendapunkt „%1“ hinzufügen</translation>
        </message>
        <message>
            <source>An agenda keeps at least one item.</source>
            <translation>Eine Agenda behält mindestens einen Punkt.</translation>
        </message>
        <message>
            <source>Remove agenda item “%1”</source>
            <translation>Agendapunkt „%1“ entfernen</translation>
        </message>
        <message>
            <source>Move agenda item “%1”</source>
            <translation>Agendapunkt „%1“ verschieben</translation>
        </message>
        <message>
            <source>Reset the agenda</source>
            <translation>Agenda zurücksetzen</translation>
        </message>
        <message numerus="yes">
            <source>Timebox of “%1”: %n min</source>
            <translation>
                <numerusform>Zeitfenster von „%1“: %n min</numerusform>
                <numerusform>Zeitfenster von „%1“: %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Presenter view of “%1”</source>
            <translation>Präsentationsansicht von „%1“</translation>
        </message>
    </context>
    <context>
        <name>causeway::EvidenceList</name>
        <message>
            <source>&amp;Attach Evidence…</source>
            <translation>Beleg &amp;anhängen…</translation>
        </message>
        <message>
            <source>Store a file (screenshot, log excerpt, metrics export) with its SHA-256 and link it to the selected event</source>
            <translation>Eine Datei (Screenshot, Log-Auszug, Metrik-Export) mit ihrem SHA-256 speichern und mit dem ausgewählten Ereignis verknüpfen</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Check the content against its SHA-256 and open it</source>
            <translation>Den Inhalt gegen seinen SHA-256 prüfen und öffnen</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Check the content against its SHA-256 and save a copy</source>
            <translation>Den Inhalt gegen seinen SHA-256 prüfen und eine Kopie speichern</translation>
        </message>
        <message>
            <source>Evidence of the selected event</source>
            <translation>Belege des ausgewählten Ereignisses</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Hinzugefügt von</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Copy SHA-256</source>
            <translation>SHA-256 kopieren</translation>
        </message>
        <message>
            <source>SHA-256 of the selected attachment</source>
            <translation>SHA-256 des ausgewählten Anhangs</translation>
        </message>
        <message>
            <source>Evidence status</source>
            <translation>Status der Belege</translation>
        </message>
        <message>
            <source>Evidence: select an event</source>
            <translation>Belege: Wählen Sie ein Ereignis</translation>
        </message>
        <message>
            <source>Evidence for "%1"</source>
            <translation>Belege für „%1“</translation>
        </message>
        <message>
            <source>Unknown attachment %1</source>
            <translation>Unbekannter Anhang %1</translation>
        </message>
        <message>
            <source>Not on this machine</source>
            <translation>Nicht auf diesem Rechner</translation>
        </message>
        <message>
            <source>Added %1 UTC</source>
            <translation>Hinzugefügt %1 UTC</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verifiziert</translation>
        </message>
        <message>
            <source>The content matches its SHA-256</source>
            <translation>Der Inhalt stimmt mit seinem SHA-256 überein</translation>
        </message>
        <message>
            <source>Only the description of this file was imported; its content comes with a bundle</source>
            <translation>Nur die Beschreibung dieser Datei wurde importiert; ihr Inhalt kommt mit einem Bundle</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Beschädigt</translation>
        </message>
        <message>
            <source>The stored content no longer matches its SHA-256</source>
            <translation>Der gespeicherte Inhalt stimmt nicht mehr mit seinem SHA-256 überein</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>Attached %1 (SHA-256 %2)</source>
            <translation>%1 angehängt (SHA-256 %2)</translation>
        </message>
        <message>
            <source>No postmortem is open.</source>
            <translation>Es ist kein Postmortem geöffnet.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Attach Evidence</source>
            <translation>Beleg anhängen</translation>
        </message>
        <message>
            <source>Opened a verified copy of %1</source>
            <translation>Eine verifizierte Kopie von %1 wurde geöffnet</translation>
        </message>
        <message>
            <source>Save Evidence As</source>
            <translation>Beleg speichern unter</translation>
        </message>
        <message>
            <source>Saved a verified copy to %1</source>
            <translation>Eine verifizierte Kopie wurde unter %1 gespeichert</translation>
        </message>
    </context>
    <context>
        <name>causeway::ExportBundleDialog</name>
        <message>
            <source>Export Bundle</source>
            <translation>Bundle exportieren</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Postmortems</source>
            <translation>Postmortems</translation>
        </message>
        <message>
            <source>The &amp;selected postmortem (none is selected)</source>
            <translation>Das &amp;ausgewählte Postmortem (keines ausgewählt)</translation>
        </message>
        <message>
            <source>The &amp;selected postmortem: “%1”</source>
            <translation>Das &amp;ausgewählte Postmortem: „%1“</translation>
        </message>
        <message numerus="yes">
            <source>&amp;All postmortems (%n)</source>
            <translation>
                <numerusform>A&amp;lle Postmortems (%n)</numerusform>
                <numerusform>A&amp;lle Postmortems (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Changes since the last bundle for:</source>
            <translation>Än&amp;derungen seit dem letzten Bundle für:</translation>
        </message>
        <message>
            <source>e.g. laptop-ann</source>
            <translation>z. B. laptop-ann</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>Gegenstelle</translation>
        </message>
        <message>
            <source>The first bundle for a peer holds everything; each later one only what changed since the one before.</source>
            <translation>Das erste Bundle für eine Gegenstelle enthält alles; jedes weitere nur, was sich seit dem vorherigen geändert hat.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>There is no signing profile on this machine; create one in the Review tab to sign bundles.</source>
            <translation>Auf diesem Rechner gibt es kein Signaturprofil; erstellen Sie eines im Tab „Review“, um Bundles zu signieren.</translation>
        </message>
        <message>
            <source>none was found</source>
            <translation>keines gefunden</translation>
        </message>
        <message>
            <source>Si&amp;gn as %1, key %2</source>
            <translation>&amp;Signieren als %1, Schlüssel %2</translation>
        </message>
        <message>
            <source>Si&amp;gn</source>
            <translation>&amp;Signieren</translation>
        </message>
        <message>
            <source>The passphrase of your signing profile</source>
            <translation>Die Passphrase Ihres Signaturprofils</translation>
        </message>
        <message>
            <source>Signing passphrase</source>
            <translation>Signatur-Passphrase</translation>
        </message>
        <message>
            <source>Passp&amp;hrase:</source>
            <translation>Passp&amp;hrase:</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>&amp;Not encrypted</source>
            <translation>&amp;Nicht verschlüsselt</translation>
        </message>
        <message>
            <source>&amp;With a passphrase</source>
            <translation>Mit einer &amp;Passphrase</translation>
        </message>
        <message>
            <source>For age &amp;recipients</source>
            <translation>Für age-&amp;Empfänger</translation>
        </message>
        <message>
            <source>Encryption passphrase</source>
            <translation>Verschlüsselungs-Passphrase</translation>
        </message>
        <message>
            <source>Encryption passphrase, repeated</source>
            <translation>Verschlüsselungs-Passphrase, wiederholt</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>age1… one recipient per line</source>
            <translation>age1… ein Empfänger pro Zeile</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>Passph&amp;rase:</translation>
        </message>
        <message>
            <source>Rep&amp;eat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>Rec&amp;ipients:</source>
            <translation>Empfän&amp;ger:</translation>
        </message>
        <message>
            <source>Bundle file</source>
            <translation>Bundle-Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>D&amp;urchsuchen…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>Da&amp;tei:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Causeway bundles (*.%1);;All files (*)</source>
            <translation>Causeway-Bundles (*.%1);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Recipient on line %1: %2</source>
            <translation>Empfänger in Zeile %1: %2</translation>
        </message>
        <message>
            <source>The bundle will be unsigned: whoever imports it must confirm that they trust where it came from.</source>
            <translation>Das Bundle wird nicht signiert: Wer es importiert, muss bestätigen, der Herkunft zu vertrauen.</translation>
        </message>
        <message>
            <source>Unsigned: whoever imports it must confirm that they trust where it came from.</source>
            <translation>Nicht signiert: Wer es importiert, muss bestätigen, der Herkunft zu vertrauen.</translation>
        </message>
        <message>
            <source>The signature shows who made the bundle and that nothing in it was changed since.</source>
            <translation>Die Signatur zeigt, wer das Bundle erstellt hat und dass seitdem nichts darin geändert wurde.</translation>
        </message>
        <message>
            <source>The two encryption passphrases differ.</source>
            <translation>Die beiden Verschlüsselungs-Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>%1 exists. Replace it?</source>
            <translation>%1 existiert bereits. Ersetzen?</translation>
        </message>
        <message>
            <source>Exporting the bundle…</source>
            <translation>Bundle wird exportiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>causeway::ExportReportDialog</name>
        <message>
            <source>PDF/A documents (*.pdf)</source>
            <translation>PDF/A-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>HTML pages (*.html)</source>
            <translation>HTML-Seiten (*.html)</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Markdown-Dateien (*.md)</translation>
        </message>
        <message>
            <source>Include the full &amp;timeline</source>
            <translation>Vollständige &amp;Zeitleiste aufnehmen</translation>
        </message>
        <message>
            <source>Include the &amp;audit trail</source>
            <translation>&amp;Prüfpfad aufnehmen</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Wählen…</translation>
        </message>
        <message>
            <source>Export Report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>Print Report</source>
            <translation>Bericht drucken</translation>
        </message>
        <message>
            <source>PDF/A (archival, with pages)</source>
            <translation>PDF/A (zur Archivierung, mit Seiten)</translation>
        </message>
        <message>
            <source>HTML (one self-contained file)</source>
            <translation>HTML (eine eigenständige Datei)</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Every timeline event, not only the key events</source>
            <translation>Jedes Ereignis der Zeitleiste, nicht nur die Schlüsselereignisse</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Profil:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>Papier&amp;größe:</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>Aufnehmen:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Choose what the printed report contains; the printer and the paper come next.</source>
            <translation>Wählen Sie, was der gedruckte Bericht enthält; Drucker und Papier folgen im nächsten Schritt.</translation>
        </message>
        <message>
            <source>Postmortem</source>
            <translation>Postmortem</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Everything, for the analysis team and auditors.</source>
            <translation>Alles, für das Analyseteam und Prüfende.</translation>
        </message>
        <message>
            <source>Leaves out what is marked confidential or restricted.</source>
            <translation>Lässt aus, was als vertraulich oder eingeschränkt gekennzeichnet ist.</translation>
        </message>
        <message>
            <source>Also leaves out what is marked internal, names (roles instead), evidence, ticket references and the audit trail.</source>
            <translation>Lässt außerdem aus, was als intern gekennzeichnet ist, sowie Namen (stattdessen Rollen), Belege, Ticket-Verweise und den Prüfpfad.</translation>
        </message>
        <message>
            <source>Export Report As</source>
            <translation>Bericht exportieren als</translation>
        </message>
        <message>
            <source>Every change to the record: who, when, old and new value.</source>
            <translation>Jede Änderung am Datensatz: wer, wann, alter und neuer Wert.</translation>
        </message>
        <message>
            <source>Only in the Full report: it names everyone who changed the record.</source>
            <translation>Nur im vollständigen Bericht: Er nennt jeden, der den Datensatz geändert hat.</translation>
        </message>
        <message>
            <source>HTML and Markdown have no pages.</source>
            <translation>HTML und Markdown haben keine Seiten.</translation>
        </message>
        <message>
            <source>Choose a file name for the report.</source>
            <translation>Wählen Sie einen Dateinamen für den Bericht.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <source>Replace File?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 existiert bereits. Ersetzen?</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
    </context>
    <context>
        <name>causeway::FishboneView</name>
        <message>
            <source>Fishbone diagram</source>
            <translation>Ishikawa-Diagramm</translation>
        </message>
        <message numerus="yes">
            <source>Move %n causes to %1</source>
            <translation>
                <numerusform>%n Ursache nach %1 verschieben</numerusform>
                <numerusform>%n Ursachen nach %1 verschieben</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Verschieben nach</translation>
        </message>
        <message>
            <source>Delete cause</source>
            <translation>Ursache löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n causes</source>
            <translation>
                <numerusform>%n Ursache löschen</numerusform>
                <numerusform>%n Ursachen löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit problem statement</source>
            <translation>Problembeschreibung bearbeiten</translation>
        </message>
        <message>
            <source>Add cause here</source>
            <translation>Ursache hier hinzufügen</translation>
        </message>
        <message>
            <source>Adds a cause to "%1"</source>
            <translation>Fügt eine Ursache zu „%1“ hinzu</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Fit to window</source>
            <translation>An Fenster anpassen</translation>
        </message>
        <message>
            <source>Export diagram…</source>
            <translation>Diagramm exportieren…</translation>
        </message>
        <message>
            <source>Choose a file name ending in .svg or .png.</source>
            <translation>Wählen Sie einen Dateinamen mit der Endung .svg oder .png.</translation>
        </message>
        <message>
            <source>There is no diagram to export.</source>
            <translation>Es gibt kein Diagramm zum Exportieren.</translation>
        </message>
        <message>
            <source>Export Diagram</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg);;PNG image (*.png)</source>
            <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
        </message>
    </context>
    <context>
        <name>causeway::ImportBundleDialog</name>
        <message>
            <source>Import Bundle</source>
            <translation>Bundle importieren</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>%1 on device %2</source>
            <translation>%1 auf Gerät %2</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Erstellt:</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Nicht signiert</translation>
        </message>
        <message>
            <source>%1 — not trusted yet</source>
            <translation>%1 — noch nicht vertrauenswürdig</translation>
        </message>
        <message>
            <source>%1 — trusted</source>
            <translation>%1 — vertrauenswürdig</translation>
        </message>
        <message>
            <source>Signed by:</source>
            <translation>Signiert von:</translation>
        </message>
        <message>
            <source>Yes; decrypted for this import only</source>
            <translation>Ja; nur für diesen Import entschlüsselt</translation>
        </message>
        <message>
            <source>Encrypted:</source>
            <translation>Verschlüsselt:</translation>
        </message>
        <message>
            <source>Nobody signed this bundle, so where it came from cannot be checked: anyone could have made or changed it.</source>
            <translation>Niemand hat dieses Bundle signiert, daher lässt sich seine Herkunft nicht prüfen: Jeder könnte es erstellt oder verändert haben.</translation>
        </message>
        <message>
            <source>I &amp;trust where this unsigned bundle came from</source>
            <translation>Ich &amp;vertraue der Herkunft dieses nicht signierten Bundles</translation>
        </message>
        <message>
            <source>This key has not signed a bundle imported here before. Check the key id with its owner (in person or by phone) before trusting it; it is then remembered.</source>
            <translation>Dieser Schlüssel hat noch kein hier importiertes Bundle signiert. Prüfen Sie die Schlüssel-ID mit der Person, der er gehört (persönlich oder telefonisch), bevor Sie ihm vertrauen; danach wird er gespeichert.</translation>
        </message>
        <message>
            <source>I &amp;trust this signer (key %1)</source>
            <translation>Ich &amp;vertraue dieser signierenden Person (Schlüssel %1)</translation>
        </message>
        <message>
            <source>What importing does</source>
            <translation>Was der Import bewirkt</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n postmortem(s), %1 new conflict(s), %2 attachment file(s) to add.</source>
            <translation>
                <numerusform>Hinzuzufügen: %n Postmortem, neue Konflikte: %1, Anhangsdateien: %2.</numerusform>
                <numerusform>Hinzuzufügen: %n Postmortems, neue Konflikte: %1, Anhangsdateien: %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle was imported before.</source>
            <translation>Dieses Bundle wurde bereits importiert.</translation>
        </message>
        <message>
            <source>The database is open read-only: %1</source>
            <translation>Die Datenbank ist schreibgeschützt geöffnet: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>This bundle was imported before; nothing changed.</source>
            <translation>Dieses Bundle wurde bereits importiert; es hat sich nichts geändert.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n postmortem(s), %1 of them new: </source>
            <translation>
                <numerusform>%n Postmortem importiert, davon %1 neu: </numerusform>
                <numerusform>%n Postmortems importiert, davon %1 neu: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n postmortem(s): </source>
            <translation>
                <numerusform>%n Postmortem importiert: </numerusform>
                <numerusform>%n Postmortems importiert: </numerusform>
            </translation>
        </message>
        <message>
            <source>%1 records added, %2 changed, %3 deleted.</source>
            <translation>%1 Datensätze hinzugefügt, %2 geändert, %3 gelöscht.</translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to review in the Conflicts tab of the postmortem.</source>
            <translation>
                <numerusform>%n neuer Konflikt zur Prüfung im Tab „Konflikte“ des Postmortems.</numerusform>
                <numerusform>%n neue Konflikte zur Prüfung im Tab „Konflikte“ des Postmortems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>causeway::ImportDialog</name>
        <message>
            <source>Detect</source>
            <translation>Automatisch erkennen</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>JSON Lines log</source>
            <translation>JSON-Lines-Log</translation>
        </message>
        <message>
            <source>Slack export</source>
            <translation>Slack-Export</translation>
        </message>
        <message>
            <source>syslog</source>
            <translation>syslog</translation>
        </message>
        <message>
            <source>Meeting notes</source>
            <translation>Besprechungsnotizen</translation>
        </message>
        <message>
            <source>CSV columns</source>
            <translation>CSV-Spalten</translation>
        </message>
        <message>
            <source>Import Timeline</source>
            <translation>Zeitleiste importieren</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Zu importierende Datei</translation>
        </message>
        <message>
            <source>A CSV, JSON Lines, syslog or notes file, or a Slack export</source>
            <translation>Eine CSV-, JSON-Lines-, syslog- oder Notizdatei oder ein Slack-Export</translation>
        </message>
        <message>
            <source>&amp;File…</source>
            <translation>&amp;Datei…</translation>
        </message>
        <message>
            <source>F&amp;older…</source>
            <translation>&amp;Ordner…</translation>
        </message>
        <message>
            <source>A Slack export's channel folder</source>
            <translation>Der Kanalordner eines Slack-Exports</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Time zone of times without a zone</source>
            <translation>Zeitzone für Zeiten ohne Zone</translation>
        </message>
        <message>
            <source>&amp;Input:</source>
            <translation>&amp;Eingabe:</translation>
        </message>
        <message>
            <source>For&amp;mat:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Zone of zone-less times:</source>
            <translation>&amp;Zone für Zeiten ohne Zone:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>Column of %1</source>
            <translation>Spalte für %1</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Preview of the imported events</source>
            <translation>Vorschau der importierten Ereignisse</translation>
        </message>
        <message>
            <source>Unreadable lines</source>
            <translation>Unlesbare Zeilen</translation>
        </message>
        <message>
            <source>No unreadable lines.</source>
            <translation>Keine unlesbaren Zeilen.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Timelines (*.csv *.tsv *.txt *.log *.json *.jsonl *.ndjson *.zip *.md);;All files (*)</source>
            <translation>Zeitleisten (*.csv *.tsv *.txt *.log *.json *.jsonl *.ndjson *.zip *.md);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Slack Export Folder</source>
            <translation>Ordner des Slack-Exports</translation>
        </message>
        <message>
            <source>There is no file at %1.</source>
            <translation>Unter %1 gibt es keine Datei.</translation>
        </message>
        <message>
            <source>The format was not recognised; choose one.</source>
            <translation>Das Format wurde nicht erkannt; wählen Sie eines.</translation>
        </message>
        <message>
            <source>Detected: %1</source>
            <translation>Erkannt: %1</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(nicht in der Datei)</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Spalte %1</translation>
        </message>
        <message>
            <source>%1 (e.g. %2)</source>
            <translation>%1 (z. B. %2)</translation>
        </message>
        <message>
            <source>Choose the format of this file.</source>
            <translation>Wählen Sie das Format dieser Datei.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Preview of the beginning of the file: %n event(s) read so far, %1 unreadable.</source>
            <translation>
                <numerusform>Vorschau auf den Anfang der Datei: bisher %n Ereignis gelesen, %1 unlesbar.</numerusform>
                <numerusform>Vorschau auf den Anfang der Datei: bisher %n Ereignisse gelesen, %1 unlesbar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) to import, %1 unreadable.</source>
            <translation>
                <numerusform>%n Ereignis zu importieren, %1 unlesbar.</numerusform>
                <numerusform>%n Ereignisse zu importieren, %1 unlesbar.</numerusform>
            </translation>
        </message>
        <message>
            <source>No postmortem is open.</source>
            <translation>Es ist kein Postmortem geöffnet.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was added.</source>
            <translation>Import abgebrochen; es wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Es wurde nichts importiert: %1</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 importieren</translation>
        </message>
        <message numerus="yes">
            <source>unreadable %n</source>
            <translation>
                <numerusform>unlesbar %n</numerusform>
                <numerusform>unlesbar %n</numerusform>
            </translation>
        </message>
        <message>
            <source> (lines %1: %2)</source>
            <translation> (Zeilen %1: %2)</translation>
        </message>
        <message>
            <source>Added %1, duplicates %2, %3.</source>
            <translation>Hinzugefügt %1, Duplikate %2, %3.</translation>
        </message>
    </context>
    <context>
        <name>causeway::IntegerFieldEditor</name>
        <message>
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
    </context>
    <context>
        <name>causeway::LinkEvidenceDialog</name>
        <message>
            <source>Link Evidence</source>
            <translation>Belege verknüpfen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>No time</source>
            <translation>Keine Zeit</translation>
        </message>
        <message>
            <source>Filter by time or text</source>
            <translation>Nach Zeit oder Text filtern</translation>
        </message>
        <message>
            <source>Filter events</source>
            <translation>Ereignisse filtern</translation>
        </message>
        <message>
            <source>Timeline events</source>
            <translation>Ereignisse der Zeitleiste</translation>
        </message>
        <message>
            <source>Tick the events this cause rests on; Space ticks the selected rows.</source>
            <translation>Haken Sie die Ereignisse an, auf denen diese Ursache beruht; die Leertaste hakt die ausgewählten Zeilen an.</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>Ver&amp;knüpfen</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) chosen</source>
            <translation>
                <numerusform>%n Ereignis gewählt</numerusform>
                <numerusform>%n Ereignisse gewählt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>causeway::MainWindow</name>
        <message>
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Read-only status</source>
            <translation>Schreibschutzstatus</translation>
        </message>
        <message>
            <source>Some templates could not be loaded: %1</source>
            <translation>Einige Vorlagen konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>&amp;New Postmortem…</source>
            <translation>&amp;Neues Postmortem…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Start a new postmortem as a copy of the selected one</source>
            <translation>Ein neues Postmortem als Kopie des ausgewählten beginnen</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>Datenbank ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Move to &amp;Trash</source>
            <translation>In den &amp;Papierkorb verschieben</translation>
        </message>
        <message>
            <source>R&amp;estore from Trash</source>
            <translation>Aus dem Papierkorb wieder&amp;herstellen</translation>
        </message>
        <message>
            <source>Show &amp;Trash</source>
            <translation>&amp;Papierkorb anzeigen</translation>
        </message>
        <message>
            <source>&amp;About Causeway</source>
            <translation>Über &amp;Causeway</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Recent Databases</source>
            <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Changes Not Saved</source>
            <translation>Änderungen nicht gespeichert</translation>
        </message>
        <message>
            <source>The latest changes could not be saved:
%1

Close anyway and lose them?</source>
            <translation>Die letzten Änderungen konnten nicht gespeichert werden:
%1

Trotzdem schließen und sie verlieren?</translation>
        </message>
        <message>
            <source>read-only: %1</source>
            <translation>schreibgeschützt: %1</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Datenbank öffnen</translation>
        </message>
        <message>
            <source>Causeway databases (*.db);;All files (*)</source>
            <translation>Causeway-Datenbanken (*.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Database Not Opened</source>
            <translation>Datenbank nicht geöffnet</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>Keine zuletzt geöffneten Datenbanken</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message>
            <source>Postmortem Not Opened</source>
            <translation>Postmortem nicht geöffnet</translation>
        </message>
        <message>
            <source>No postmortem template is installed.</source>
            <translation>Es ist keine Postmortem-Vorlage installiert.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Gespeichert %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>This database is open read-only: %1</source>
            <translation>Diese Datenbank ist schreibgeschützt geöffnet: %1</translation>
        </message>
        <message>
            <source>This postmortem is in the trash. Restore it to edit it.</source>
            <translation>Dieses Postmortem liegt im Papierkorb. Stellen Sie es wieder her, um es zu bearbeiten.</translation>
        </message>
        <message>
            <source>Template “%1” is not installed; showing the %2 form.</source>
            <translation>Die Vorlage „%1“ ist nicht installiert; das Formular %2 wird angezeigt.</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle Änderungen gespeichert</translation>
        </message>
        <message>
            <source>Postmortem Not Created</source>
            <translation>Postmortem nicht erstellt</translation>
        </message>
        <message>
            <source>The template %1 is not installed.</source>
            <translation>Die Vorlage %1 ist nicht installiert.</translation>
        </message>
        <message>
            <source>Sample Not Opened</source>
            <translation>Beispiel nicht geöffnet</translation>
        </message>
        <message>
            <source>Copy of %1</source>
            <translation>Kopie von %1</translation>
        </message>
        <message>
            <source>Postmortem Not Duplicated</source>
            <translation>Postmortem nicht dupliziert</translation>
        </message>
        <message>
            <source>Not Moved to Trash</source>
            <translation>Nicht in den Papierkorb verschoben</translation>
        </message>
        <message>
            <source>“%1” moved to the trash. View ▸ Show Trash lists it for restoring.</source>
            <translation>„%1“ wurde in den Papierkorb verschoben. Ansicht ▸ Papierkorb anzeigen listet es zum Wiederherstellen auf.</translation>
        </message>
        <message>
            <source>Not Restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
        <message>
            <source>“%1” restored.</source>
            <translation>„%1“ wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>About Causeway</source>
            <translation>Über Causeway</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems, offline.&lt;/p&gt;&lt;p&gt;Causeway helps teams analyse incidents by looking at conditions, decisions and systems, not at who is to blame.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;Schuldfreie Postmortems, offline.&lt;/p&gt;&lt;p&gt;Causeway hilft Teams, Vorfälle anhand von Bedingungen, Entscheidungen und Systemen zu analysieren, nicht danach, wer schuld ist.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Causeway</source>
            <translation>Causeway</translation>
        </message>
        <message>
            <source>&amp;Import Timeline…</source>
            <translation>Zeitleiste &amp;importieren…</translation>
        </message>
        <message>
            <source>Add events to the open postmortem's timeline from a CSV, log, Slack export or notes</source>
            <translation>Ereignisse aus einer CSV-Datei, einem Log, einem Slack-Export oder Notizen zur Zeitleiste des geöffneten Postmortems hinzufügen</translation>
        </message>
        <message>
            <source>Export &amp;Diagram…</source>
            <translation>Dia&amp;gramm exportieren…</translation>
        </message>
        <message>
            <source>Save the open postmortem's fishbone as SVG or PNG</source>
            <translation>Das Ishikawa-Diagramm des geöffneten Postmortems als SVG oder PNG speichern</translation>
        </message>
        <message>
            <source>Postmortem &amp;List</source>
            <translation>Postmortem-&amp;Liste</translation>
        </message>
        <message>
            <source>Show or hide the list of postmortems</source>
            <translation>Die Liste der Postmortems ein- oder ausblenden</translation>
        </message>
        <message>
            <source>All &amp;Actions…</source>
            <translation>Alle &amp;Maßnahmen…</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>Export &amp;Report…</source>
            <translation>Be&amp;richt exportieren…</translation>
        </message>
        <message>
            <source>Save the selected postmortem as a PDF/A, HTML or Markdown report, in full or redacted</source>
            <translation>Das ausgewählte Postmortem als PDF/A-, HTML- oder Markdown-Bericht speichern, vollständig oder geschwärzt</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>Druck&amp;vorschau…</translation>
        </message>
        <message>
            <source>See the selected postmortem's report page by page</source>
            <translation>Den Bericht des ausgewählten Postmortems Seite für Seite ansehen</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Dr&amp;ucken…</translation>
        </message>
        <message>
            <source>Print the selected postmortem's report</source>
            <translation>Den Bericht des ausgewählten Postmortems drucken</translation>
        </message>
        <message>
            <source>Database location warning</source>
            <translation>Warnung zum Speicherort der Datenbank</translation>
        </message>
        <message>
            <source>Import &amp;Bundle…</source>
            <translation>Bundle im&amp;portieren…</translation>
        </message>
        <message>
            <source>Merge the postmortems of a .causeway bundle from another machine into this database</source>
            <translation>Die Postmortems eines .causeway-Bundles von einem anderen Rechner in diese Datenbank übernehmen</translation>
        </message>
        <message>
            <source>E&amp;xport Bundle…</source>
            <translation>Bundle e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Write postmortems to a signed (optionally encrypted) bundle for another machine</source>
            <translation>Postmortems für einen anderen Rechner in ein signiertes (optional verschlüsseltes) Bundle schreiben</translation>
        </message>
        <message>
            <source>Bundle Not Imported</source>
            <translation>Bundle nicht importiert</translation>
        </message>
        <message>
            <source>Import Bundle</source>
            <translation>Bundle importieren</translation>
        </message>
        <message>
            <source>Causeway bundles (*.%1);;Zip archives of postmortems (*.zip);;All files (*)</source>
            <translation>Causeway-Bundles (*.%1);;Zip-Archive mit Postmortems (*.zip);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The open postmortem shows the imported changes.</source>
            <translation>Das geöffnete Postmortem zeigt die importierten Änderungen.</translation>
        </message>
        <message>
            <source>signed and encrypted</source>
            <translation>signiert und verschlüsselt</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signiert</translation>
        </message>
        <message>
            <source>encrypted, not signed</source>
            <translation>verschlüsselt, nicht signiert</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>nicht signiert</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n postmortem(s) to %1 (%2).</source>
            <translation>
                <numerusform>%n Postmortem nach %1 exportiert (%2).</numerusform>
                <numerusform>%n Postmortems nach %1 exportiert (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundle Exported</source>
            <translation>Bundle exportiert</translation>
        </message>
        <message numerus="yes">
            <source>%n postmortem(s) and %1 attachment file(s) were written to %2, %3.</source>
            <translation>
                <numerusform>%n Postmortem und %1 Anhangsdatei(en) wurden nach %2 geschrieben, %3.</numerusform>
                <numerusform>%n Postmortems und %1 Anhangsdatei(en) wurden nach %2 geschrieben, %3.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>causeway::MarkingSelector</name>
        <message>
            <source>Not marked</source>
            <translation>Nicht gekennzeichnet</translation>
        </message>
        <message>
            <source>Confidentiality marking. Internal reports leave out confidential and restricted items; external reports also leave out internal ones. Not marked: the item goes wherever the report goes.</source>
            <translation>Vertraulichkeitskennzeichnung. Interne Berichte lassen vertrauliche und eingeschränkte Einträge aus; externe Berichte lassen zusätzlich interne aus. Nicht gekennzeichnet: Der Eintrag erscheint überall, wo der Bericht erscheint.</translation>
        </message>
        <message>
            <source>Confidentiality of %1</source>
            <translation>Vertraulichkeit von %1</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
    </context>
    <context>
        <name>causeway::MeetingCapture</name>
        <message>
            <source>Start the line with e (event), c (cause), a (action) or n (note), then a space.</source>
            <translation>Beginnen Sie die Zeile mit e (Ereignis), c (Ursache), a (Maßnahme) oder n (Notiz) und einem Leerzeichen.</translation>
        </message>
        <message>
            <source>An event starts with its time: e 14:05 paged the on-call.</source>
            <translation>Ein Ereignis beginnt mit seiner Zeit: e 14:05 Bereitschaft alarmiert.</translation>
        </message>
        <message>
            <source>Type what happened after the time.</source>
            <translation>Schreiben Sie nach der Zeit, was passiert ist.</translation>
        </message>
        <message>
            <source>Type the text after the letter.</source>
            <translation>Schreiben Sie den Text nach dem Buchstaben.</translation>
        </message>
        <message>
            <source>e 14:05 event · c cause · a action · n note — Enter adds it</source>
            <translation>e 14:05 Ereignis · c Ursache · a Maßnahme · n Notiz — die Eingabetaste fügt hinzu</translation>
        </message>
        <message>
            <source>Quick capture: the first letter says where the line goes.
e 14:05 paged the on-call — a timeline event at 14:05 (also 2026-03-02 14:05 or +5m)
c config drift was not detected — a cause under the problem statement
a add a canary stage — an action item
n follow up with the database team — a line in the meeting notes
Each capture is one step of Edit ▸ Undo.</source>
            <translation>Schnellerfassung: Der erste Buchstabe bestimmt, wohin die Zeile geht.
e 14:05 Bereitschaft alarmiert — ein Ereignis der Zeitleiste um 14:05 (auch 2026-03-02 14:05 oder +5m)
c Konfigurationsabweichung wurde nicht erkannt — eine Ursache unter der Problembeschreibung
a Canary-Stufe hinzufügen — eine Maßnahme
n mit dem Datenbankteam nachfassen — eine Zeile in den Besprechungsnotizen
Jede Erfassung ist ein Schritt von Bearbeiten ▸ Rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>causeway::MeetingEditing</name>
        <message>
            <source>Mark %1 present</source>
            <translation>%1 als anwesend markieren</translation>
        </message>
        <message>
            <source>Mark %1 absent</source>
            <translation>%1 als abwesend markieren</translation>
        </message>
        <message>
            <source>Add meeting note</source>
            <translation>Besprechungsnotiz hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>causeway::MeetingPane</name>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Presenter Screen</source>
            <translation>Präsentationsbildschirm</translation>
        </message>
        <message>
            <source>Current agenda item</source>
            <translation>Aktueller Agendapunkt</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <source>Script to read aloud</source>
            <translation>Vorzulesender Text</translation>
        </message>
        <message>
            <source>Start or pause the countdown of this item (F6)</source>
            <translation>Countdown dieses Punkts starten oder anhalten (F6)</translation>
        </message>
        <message>
            <source>Back to the previous agenda item (F7)</source>
            <translation>Zurück zum vorherigen Agendapunkt (F7)</translation>
        </message>
        <message>
            <source>On to the next agenda item; a running clock keeps running (F8)</source>
            <translation>Weiter zum nächsten Agendapunkt; eine laufende Uhr läuft weiter (F8)</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Presenter shows</source>
            <translation>Präsentation zeigt</translation>
        </message>
        <message>
            <source>What the presenter screen shows under the agenda item (Ctrl+1 to Ctrl+4)</source>
            <translation>Was der Präsentationsbildschirm unter dem Agendapunkt zeigt (Strg+1 bis Strg+4)</translation>
        </message>
        <message>
            <source>Show the presenter screen on the second screen, or full screen when there is only one (F5; F5 or Esc leaves it)</source>
            <translation>Den Präsentationsbildschirm auf dem zweiten Bildschirm zeigen, oder im Vollbild, wenn es nur einen gibt (F5; F5 oder Esc beendet ihn)</translation>
        </message>
        <message>
            <source>Presenter &amp;shows:</source>
            <translation>Präsentation &amp;zeigt:</translation>
        </message>
        <message>
            <source>Add Item</source>
            <translation>Punkt hinzufügen</translation>
        </message>
        <message>
            <source>Remove Item</source>
            <translation>Punkt entfernen</translation>
        </message>
        <message>
            <source>Template's Agenda</source>
            <translation>Agenda der Vorlage</translation>
        </message>
        <message>
            <source>Go back to the agenda the template gives</source>
            <translation>Zur Agenda zurückkehren, die die Vorlage vorgibt</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Check who is present (Space checks the selected person)</source>
            <translation>Haken Sie an, wer anwesend ist (die Leertaste hakt die ausgewählte Person an)</translation>
        </message>
        <message>
            <source>Meeting notes</source>
            <translation>Besprechungsnotizen</translation>
        </message>
        <message>
            <source>Notes of the meeting: questions to follow up, agreements, who writes what.</source>
            <translation>Notizen der Besprechung: nachzuverfolgende Fragen, Vereinbarungen, wer was schreibt.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Quick capture</source>
            <translation>Schnellerfassung</translation>
        </message>
        <message>
            <source>Quick capture result</source>
            <translation>Ergebnis der Schnellerfassung</translation>
        </message>
        <message>
            <source>&amp;Capture:</source>
            <translation>&amp;Erfassen:</translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 von %2: %3</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message numerus="yes">
            <source>Over the timebox of %n minute(s)</source>
            <translation>
                <numerusform>Zeitfenster von %n Minute überschritten</numerusform>
                <numerusform>Zeitfenster von %n Minuten überschritten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Time left of %n minute(s)</source>
            <translation>
                <numerusform>Verbleibende Zeit von %n Minute</numerusform>
                <numerusform>Verbleibende Zeit von %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the participants in the Report tab.</source>
            <translation>Fügen Sie die Beteiligten im Tab „Bericht“ hinzu.</translation>
        </message>
        <message>
            <source>%1 of %2 present</source>
            <translation>%1 von %2 anwesend</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Neuer Punkt</translation>
        </message>
        <message>
            <source>The postmortem did not take the capture.</source>
            <translation>Das Postmortem hat die Erfassung nicht übernommen.</translation>
        </message>
        <message>
            <source>Event added to the timeline: %1</source>
            <translation>Ereignis zur Zeitleiste hinzugefügt: %1</translation>
        </message>
        <message>
            <source>Cause added under the problem statement: %1</source>
            <translation>Ursache unter der Problembeschreibung hinzugefügt: %1</translation>
        </message>
        <message>
            <source>Action added: %1</source>
            <translation>Maßnahme hinzugefügt: %1</translation>
        </message>
        <message>
            <source>Added to the notes: %1</source>
            <translation>Zu den Notizen hinzugefügt: %1</translation>
        </message>
        <message>
            <source>%1 over</source>
            <translation>%1 überzogen</translation>
        </message>
        <message>
            <source>Double-click (or F2) a title, a timebox or the presenter's view to change it; the agenda is saved for every postmortem of this template. Double-click the number to go to the item.</source>
            <translation>Doppelklicken Sie (oder F2) auf einen Titel, ein Zeitfenster oder die Präsentationsansicht, um sie zu ändern; die Agenda wird für jedes Postmortem dieser Vorlage gespeichert. Doppelklicken Sie auf die Nummer, um zu dem Punkt zu springen.</translation>
        </message>
    </context>
    <context>
        <name>causeway::Minisign</name>
        <message>
            <source>The signature file is larger than %1 bytes; a minisign signature is much smaller.</source>
            <translation>Die Signaturdatei ist größer als %1 Bytes; eine minisign-Signatur ist viel kleiner.</translation>
        </message>
        <message>
            <source>The signature file has %1 lines; a minisign signature has 4.</source>
            <translation>Die Signaturdatei hat %1 Zeilen; eine minisign-Signatur hat 4.</translation>
        </message>
        <message>
            <source>Line 1 of the signature file does not start with “untrusted comment:”.</source>
            <translation>Zeile 1 der Signaturdatei beginnt nicht mit „untrusted comment:“.</translation>
        </message>
        <message>
            <source>Line 2 of the signature file is not valid base64.</source>
            <translation>Zeile 2 der Signaturdatei ist kein gültiges Base64.</translation>
        </message>
        <message>
            <source>Line 2 of the signature file holds %1 bytes; a minisign signature holds %2.</source>
            <translation>Zeile 2 der Signaturdatei enthält %1 Bytes; eine minisign-Signatur enthält %2.</translation>
        </message>
        <message>
            <source>Line 2 of the signature file names the signature algorithm “%1”; only minisign's “ED” and “Ed” (Ed25519) are known.</source>
            <translation>Zeile 2 der Signaturdatei nennt den Signaturalgorithmus „%1“; bekannt sind nur „ED“ und „Ed“ (Ed25519) von minisign.</translation>
        </message>
        <message>
            <source>Line 3 of the signature file does not start with “trusted comment:”.</source>
            <translation>Zeile 3 der Signaturdatei beginnt nicht mit „trusted comment:“.</translation>
        </message>
        <message>
            <source>Line 4 of the signature file is not valid base64.</source>
            <translation>Zeile 4 der Signaturdatei ist kein gültiges Base64.</translation>
        </message>
        <message>
            <source>Line 4 of the signature file holds %1 bytes; the signature of the trusted comment has %2.</source>
            <translation>Zeile 4 der Signaturdatei enthält %1 Bytes; die Signatur des vertrauenswürdigen Kommentars hat %2.</translation>
        </message>
        <message>
            <source>The public key file is larger than %1 bytes; a minisign public key is much smaller.</source>
            <translation>Die Datei mit dem öffentlichen Schlüssel ist größer als %1 Bytes; ein öffentlicher minisign-Schlüssel ist viel kleiner.</translation>
        </message>
        <message>
            <source>Line 1 of the public key file does not start with “untrusted comment:”.</source>
            <translation>Zeile 1 der Datei mit dem öffentlichen Schlüssel beginnt nicht mit „untrusted comment:“.</translation>
        </message>
        <message>
            <source>The public key has %1 lines; a minisign public key file has 2 (or is the single base64 line).</source>
            <translation>Der öffentliche Schlüssel hat %1 Zeilen; eine minisign-Schlüsseldatei hat 2 (oder ist die einzelne Base64-Zeile).</translation>
        </message>
        <message>
            <source>The public key is not valid base64.</source>
            <translation>Der öffentliche Schlüssel ist kein gültiges Base64.</translation>
        </message>
        <message>
            <source>The public key holds %1 bytes; a minisign public key holds %2.</source>
            <translation>Der öffentliche Schlüssel enthält %1 Bytes; ein öffentlicher minisign-Schlüssel enthält %2.</translation>
        </message>
        <message>
            <source>The public key names the algorithm “%1”; minisign keys are Ed25519 (“Ed”).</source>
            <translation>Der öffentliche Schlüssel nennt den Algorithmus „%1“; minisign-Schlüssel sind Ed25519 („Ed“).</translation>
        </message>
        <message>
            <source>The cryptography library cannot start.</source>
            <translation>Die Kryptografie-Bibliothek kann nicht starten.</translation>
        </message>
        <message>
            <source>The public key is malformed.</source>
            <translation>Der öffentliche Schlüssel ist fehlerhaft.</translation>
        </message>
        <message>
            <source>The signature was made with key %1, not with key %2.</source>
            <translation>Die Signatur wurde mit Schlüssel %1 erstellt, nicht mit Schlüssel %2.</translation>
        </message>
        <message>
            <source>The signature does not match the file: the file was changed after it was signed, or it was signed with another key.</source>
            <translation>Die Signatur passt nicht zur Datei: Die Datei wurde nach dem Signieren geändert, oder sie wurde mit einem anderen Schlüssel signiert.</translation>
        </message>
        <message>
            <source>The signature of the trusted comment does not match: the comment was changed after it was signed.</source>
            <translation>Die Signatur des vertrauenswürdigen Kommentars passt nicht: Der Kommentar wurde nach dem Signieren geändert.</translation>
        </message>
    </context>
    <context>
        <name>causeway::MonthChart</name>
        <message>
            <source>Median time to detect, mitigate and resolve per month</source>
            <translation>Median der Zeit bis zur Erkennung, Eindämmung und Behebung pro Monat</translation>
        </message>
        <message>
            <source>Time to detect</source>
            <translation>Zeit bis zur Erkennung</translation>
        </message>
        <message>
            <source>Time to mitigate</source>
            <translation>Zeit bis zur Eindämmung</translation>
        </message>
        <message>
            <source>Time to resolve</source>
            <translation>Zeit bis zur Behebung</translation>
        </message>
        <message>
            <source>(median minutes per month of incident start)</source>
            <translation>(Median in Minuten pro Monat des Vorfallbeginns)</translation>
        </message>
        <message>
            <source>No incident in this selection has phase markers to measure.</source>
            <translation>Kein Vorfall in dieser Auswahl hat Phasenmarkierungen zum Messen.</translation>
        </message>
        <message>
            <source>n = %1</source>
            <translation>n = %1</translation>
        </message>
    </context>
    <context>
        <name>causeway::NewPostmortemDialog</name>
        <message>
            <source>New Postmortem</source>
            <translation>Neues Postmortem</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <source>Template description</source>
            <translation>Beschreibung der Vorlage</translation>
        </message>
        <message>
            <source>Add Template File…</source>
            <translation>Vorlagendatei hinzufügen…</translation>
        </message>
        <message>
            <source>Add template file</source>
            <translation>Vorlagendatei hinzufügen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>What happened, e.g. “Checkout errors after config rollout”</source>
            <translation>Was passiert ist, z. B. „Checkout-Fehler nach Konfigurations-Rollout“</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Severity:</source>
            <translation>&amp;Schweregrad:</translation>
        </message>
        <message>
            <source>Add Template File</source>
            <translation>Vorlagendatei hinzufügen</translation>
        </message>
        <message>
            <source>Causeway templates (*.json)</source>
            <translation>Causeway-Vorlagen (*.json)</translation>
        </message>
        <message>
            <source>Template Not Added</source>
            <translation>Vorlage nicht hinzugefügt</translation>
        </message>
        <message>
            <source>The template could not be added:
%1</source>
            <translation>Die Vorlage konnte nicht hinzugefügt werden:
%1</translation>
        </message>
    </context>
    <context>
        <name>causeway::NumberFieldEditor</name>
        <message>
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
    </context>
    <context>
        <name>causeway::ParticipantsModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role in the incident</source>
            <translation>Rolle beim Vorfall</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Kennzeichnung</translation>
        </message>
    </context>
    <context>
        <name>causeway::ParticipantsWidget</name>
        <message>
            <source>Participants</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Beteiligte Person hinzufügen</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Beteiligte Person entfernen</translation>
        </message>
    </context>
    <context>
        <name>causeway::PassphraseInput</name>
        <message>
            <source>The passphrase file %1 cannot be read: %2</source>
            <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The passphrase file %1 is empty.</source>
            <translation>Die Passphrase-Datei %1 ist leer.</translation>
        </message>
        <message>
            <source>Standard input is not a terminal.</source>
            <translation>Die Standardeingabe ist kein Terminal.</translation>
        </message>
        <message>
            <source>No passphrase was entered.</source>
            <translation>Es wurde keine Passphrase eingegeben.</translation>
        </message>
        <message>
            <source>Prompting for a passphrase is not supported here; use --passphrase-file.</source>
            <translation>Die Abfrage einer Passphrase wird hier nicht unterstützt; verwenden Sie --passphrase-file.</translation>
        </message>
    </context>
    <context>
        <name>causeway::PdfBlocks::Private</name>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertraulichkeit</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Document ID</source>
            <translation>Dokument-ID</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Content SHA-256</source>
            <translation>Inhalt SHA-256</translation>
        </message>
    </context>
    <context>
        <name>causeway::PdfCoverage</name>
        <message>
            <source>%1 is not in the report font; printed as [%2]</source>
            <translation>%1 ist nicht in der Schriftart des Berichts enthalten; gedruckt als [%2]</translation>
        </message>
    </context>
    <context>
        <name>causeway::PhaseMetricsStrip</name>
        <message>
            <source>Incident durations</source>
            <translation>Dauern des Vorfalls</translation>
        </message>
        <message>
            <source>Timeline warnings</source>
            <translation>Warnungen zur Zeitleiste</translation>
        </message>
        <message>
            <source>No durations yet: select an event and press Ctrl+Shift+1…7, or right-click it, to set a phase.</source>
            <translation>Noch keine Dauern: Wählen Sie ein Ereignis und drücken Sie Strg+Umschalt+1…7, oder klicken Sie mit der rechten Maustaste darauf, um eine Phase festzulegen.</translation>
        </message>
        <message>
            <source>%1: %2 (%3 → %4)</source>
            <translation>%1: %2 (%3 → %4)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>(+%1 more, hover to see all)</source>
            <translation>(+%1 weitere, zum Anzeigen aller mit der Maus darauf zeigen)</translation>
        </message>
    </context>
    <context>
        <name>causeway::Planner</name>
        <message>
            <source>No category</source>
            <translation>Keine Kategorie</translation>
        </message>
    </context>
    <context>
        <name>causeway::PostmortemDocument</name>
        <message>
            <source>The postmortem is not connected to a database.</source>
            <translation>Das Postmortem ist mit keiner Datenbank verbunden.</translation>
        </message>
    </context>
    <context>
        <name>causeway::PostmortemEditor</name>
        <message>
            <source>Template: %1. Changes are saved automatically.</source>
            <translation>Vorlage: %1. Änderungen werden automatisch gespeichert.</translation>
        </message>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Bericht</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Zeitleiste</translation>
        </message>
        <message>
            <source>&amp;Causes</source>
            <translation>&amp;Ursachen</translation>
        </message>
        <message>
            <source>Postmortem sections</source>
            <translation>Abschnitte des Postmortems</translation>
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation>&amp;Maßnahmen</translation>
        </message>
        <message>
            <source>Re&amp;view</source>
            <translation>Re&amp;view</translation>
        </message>
        <message>
            <source>The status changes through the review workflow in the Review tab.</source>
            <translation>Der Status ändert sich über den Review-Ablauf im Tab „Review“.</translation>
        </message>
        <message>
            <source>Unmark %1</source>
            <translation>Kennzeichnung von %1 entfernen</translation>
        </message>
        <message>
            <source>Mark %1 %2</source>
            <translation>%1 als %2 kennzeichnen</translation>
        </message>
        <message>
            <source>This postmortem is %1 and read-only; its actions can still be followed up. Reopen it in the Review tab to change it.</source>
            <translation>Dieses Postmortem ist %1 und schreibgeschützt; seine Maßnahmen können weiterhin nachverfolgt werden. Öffnen Sie es im Tab „Review“ erneut, um es zu ändern.</translation>
        </message>
        <message>
            <source>Co&amp;nflicts</source>
            <translation>&amp;Konflikte</translation>
        </message>
        <message>
            <source>Co&amp;nflicts (%1)</source>
            <translation>&amp;Konflikte (%1)</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>Bespr&amp;echung</translation>
        </message>
    </context>
    <context>
        <name>causeway::PostmortemListModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Incident date</source>
            <translation>Vorfall am</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Verspätet</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
    </context>
    <context>
        <name>causeway::PostmortemListPane</name>
        <message>
            <source>Search postmortems</source>
            <translation>Postmortems durchsuchen</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Nach Status filtern</translation>
        </message>
        <message>
            <source>Any severity</source>
            <translation>Alle Schweregrade</translation>
        </message>
        <message>
            <source>Filter by severity</source>
            <translation>Nach Schweregrad filtern</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Nach Schlagwort filtern</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>Number of postmortems shown</source>
            <translation>Anzahl der angezeigten Postmortems</translation>
        </message>
        <message>
            <source>Postmortems</source>
            <translation>Postmortems</translation>
        </message>
        <message numerus="yes">
            <source>%n postmortem(s)</source>
            <translation>
                <numerusform>%n Postmortem</numerusform>
                <numerusform>%n Postmortems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n postmortem(s)</source>
            <translation>
                <numerusform>%1 von %n Postmortem</numerusform>
                <numerusform>%1 von %n Postmortems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>causeway::PresenterFishbone</name>
        <message>
            <source>Fishbone diagram</source>
            <translation>Ishikawa-Diagramm</translation>
        </message>
    </context>
    <context>
        <name>causeway::PresenterWindow</name>
        <message>
            <source>Causeway — Presenter</source>
            <translation>Causeway — Präsentation</translation>
        </message>
        <message>
            <source>Presenter screen</source>
            <translation>Präsentationsbildschirm</translation>
        </message>
        <message>
            <source>Current agenda item</source>
            <translation>Aktueller Agendapunkt</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <source>Script of the agenda item</source>
            <translation>Text des Agendapunkts</translation>
        </message>
        <message>
            <source>%1 / %2  %3</source>
            <translation>%1 / %2  %3</translation>
        </message>
        <message>
            <source>%1 (paused)</source>
            <translation>%1 (angehalten)</translation>
        </message>
        <message>
            <source>Over the timebox</source>
            <translation>Zeitfenster überzogen</translation>
        </message>
        <message>
            <source>%1 over</source>
            <translation>%1 überzogen</translation>
        </message>
        <message>
            <source>%1 (ready)</source>
            <translation>%1 (bereit)</translation>
        </message>
    </context>
    <context>
        <name>causeway::ProfileDialog</name>
        <message>
            <source>New Signing Profile</source>
            <translation>Neues Signaturprofil</translation>
        </message>
        <message>
            <source>A signing profile is your printed name and role with a key of your own. The secret key is kept only in this computer's keychain, locked with the passphrase below; every signature asks for the passphrase again. Nobody can recover a forgotten passphrase: you would create a new profile.</source>
            <translation>Ein Signaturprofil besteht aus Ihrem Namen in Druckschrift und Ihrer Rolle mit einem eigenen Schlüssel. Der geheime Schlüssel wird nur im Schlüsselbund dieses Computers aufbewahrt, gesperrt mit der unten stehenden Passphrase; jede Signatur fragt erneut nach der Passphrase. Niemand kann eine vergessene Passphrase wiederherstellen: Sie müssten ein neues Profil erstellen.</translation>
        </message>
        <message>
            <source>As it should appear under your signature</source>
            <translation>So, wie er unter Ihrer Signatur erscheinen soll</translation>
        </message>
        <message>
            <source>e.g. Incident commander, Head of operations</source>
            <translation>z. B. Incident Commander, Leitung Betrieb</translation>
        </message>
        <message>
            <source>(made when the profile is created)</source>
            <translation>(wird beim Erstellen des Profils erzeugt)</translation>
        </message>
        <message>
            <source>Create Profile</source>
            <translation>Profil erstellen</translation>
        </message>
        <message>
            <source>Printed name:</source>
            <translation>Name in Druckschrift:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Repeat passphrase:</source>
            <translation>Passphrase wiederholen:</translation>
        </message>
        <message>
            <source>Key id:</source>
            <translation>Schlüssel-ID:</translation>
        </message>
        <message>
            <source>The passphrase must have at least %1 characters.</source>
            <translation>Die Passphrase muss mindestens %1 Zeichen haben.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>causeway::ReportOutput</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export Report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>%1 wird geschrieben…</translation>
        </message>
        <message>
            <source>The postmortem %1 is not in the database.</source>
            <translation>Das Postmortem %1 ist nicht in der Datenbank.</translation>
        </message>
        <message>
            <source>Print Report</source>
            <translation>Bericht drucken</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Seiten werden gesetzt…</translation>
        </message>
        <message>
            <source>Report Not Exported</source>
            <translation>Bericht nicht exportiert</translation>
        </message>
        <message>
            <source>Export cancelled; %1 was not written.</source>
            <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
        </message>
        <message>
            <source>The report could not be written to %1.

%2</source>
            <translation>Der Bericht konnte nicht nach %1 geschrieben werden.

%2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %1 (%n page(s))</source>
            <translation>
                <numerusform>%1 exportiert (%n Seite)</numerusform>
                <numerusform>%1 exportiert (%n Seiten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message>
            <source>Report Exported with Warnings</source>
            <translation>Bericht mit Warnungen exportiert</translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>Drucken abgebrochen.</translation>
        </message>
        <message>
            <source>Report Not Printed</source>
            <translation>Bericht nicht gedruckt</translation>
        </message>
        <message>
            <source>The report could not be printed on %1.

%2</source>
            <translation>Der Bericht konnte nicht auf %1 gedruckt werden.

%2</translation>
        </message>
        <message numerus="yes">
            <source>Printed “%1” (%n page(s))</source>
            <translation>
                <numerusform>„%1“ gedruckt (%n Seite)</numerusform>
                <numerusform>„%1“ gedruckt (%n Seiten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Report Printed with Warnings</source>
            <translation>Bericht mit Warnungen gedruckt</translation>
        </message>
        <message>
            <source>Print Preview — %1</source>
            <translation>Druckvorschau — %1</translation>
        </message>
        <message>
            <source>Report Not Shown</source>
            <translation>Bericht nicht angezeigt</translation>
        </message>
        <message>
            <source>The report could not be laid out.

%1</source>
            <translation>Der Bericht konnte nicht gesetzt werden.

%1</translation>
        </message>
        <message>
            <source>Report Shown with Warnings</source>
            <translation>Bericht mit Warnungen angezeigt</translation>
        </message>
        <message>
            <source>Report Not Made</source>
            <translation>Bericht nicht erstellt</translation>
        </message>
        <message>
            <source>The latest changes could not be saved, so the report would miss them.

%1</source>
            <translation>Die letzten Änderungen konnten nicht gespeichert werden, daher würden sie im Bericht fehlen.

%1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (see Show Details)</source>
            <translation>
                <numerusform>… und %n weitere (siehe „Details einblenden“)</numerusform>
                <numerusform>… und %n weitere (siehe „Details einblenden“)</numerusform>
            </translation>
        </message>
        <message>
            <source>The report is complete, with these warnings:</source>
            <translation>Der Bericht ist vollständig, mit diesen Warnungen:</translation>
        </message>
    </context>
    <context>
        <name>causeway::ReviewPane</name>
        <message>
            <source>An approver checks it against the checklist below.</source>
            <translation>Eine genehmigende Person prüft es anhand der Checkliste unten.</translation>
        </message>
        <message>
            <source>Approved postmortems are read-only. Publish it to share it, or reopen it (with a reason) to change it.</source>
            <translation>Genehmigte Postmortems sind schreibgeschützt. Veröffentlichen Sie es, um es zu teilen, oder öffnen Sie es (mit Begründung) erneut, um es zu ändern.</translation>
        </message>
        <message>
            <source>Published and read-only. Reopen it (with a reason) to change it.</source>
            <translation>Veröffentlicht und schreibgeschützt. Öffnen Sie es (mit Begründung) erneut, um es zu ändern.</translation>
        </message>
        <message>
            <source>Being written. Submit it for review when the checklist passes.</source>
            <translation>Wird geschrieben. Reichen Sie es zum Review ein, wenn die Checkliste erfüllt ist.</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>Review-Status</translation>
        </message>
        <message>
            <source>Analysis Due</source>
            <translation>Analyse fällig</translation>
        </message>
        <message>
            <source>Analysis due date</source>
            <translation>Fälligkeitsdatum der Analyse</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Review history</source>
            <translation>Review-Verlauf</translation>
        </message>
        <message>
            <source>DORA Reporting Deadlines</source>
            <translation>DORA-Meldefristen</translation>
        </message>
        <message>
            <source>DORA reporting deadlines</source>
            <translation>DORA-Meldefristen</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signaturen</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>No review steps yet.</source>
            <translation>Noch keine Review-Schritte.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; by %3, %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; durch %3, %4</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Begründung: %1</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>Rechtfertigung: %1</translation>
        </message>
        <message>
            <source>Approved over: %1</source>
            <translation>Genehmigt trotz: %1</translation>
        </message>
        <message>
            <source>Initial report</source>
            <translation>Erstmeldung</translation>
        </message>
        <message>
            <source>24 h after detection (earlier than 4 h after classification)</source>
            <translation>24 h nach Erkennung (früher als 4 h nach Einstufung)</translation>
        </message>
        <message>
            <source>4 h after classification</source>
            <translation>4 h nach Einstufung</translation>
        </message>
        <message>
            <source>Intermediate report</source>
            <translation>Zwischenmeldung</translation>
        </message>
        <message>
            <source>72 h after the initial report</source>
            <translation>72 h nach der Erstmeldung</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>Abschlussmeldung</translation>
        </message>
        <message>
            <source>1 month after the intermediate report</source>
            <translation>1 Monat nach der Zwischenmeldung</translation>
        </message>
        <message>
            <source>Shown for planning only; Causeway submits nothing.</source>
            <translation>Nur zur Planung angezeigt; Causeway übermittelt nichts.</translation>
        </message>
        <message>
            <source>No postmortem open</source>
            <translation>Kein Postmortem geöffnet</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>Status: %1</translation>
        </message>
    </context>
    <context>
        <name>causeway::ReviewReasonDialog</name>
        <message>
            <source>Approve Over Failing Items</source>
            <translation>Trotz nicht erfüllter Punkte genehmigen</translation>
        </message>
        <message>
            <source>These checklist items fail. Approving anyway needs a written justification, which is kept with the review history:</source>
            <translation>Diese Checklistenpunkte sind nicht erfüllt. Eine Genehmigung trotzdem braucht eine schriftliche Rechtfertigung, die mit dem Review-Verlauf aufbewahrt wird:</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Rechtfertigung</translation>
        </message>
        <message>
            <source>Why approving now is right</source>
            <translation>Warum eine Genehmigung jetzt richtig ist</translation>
        </message>
        <message>
            <source>%1: Reason</source>
            <translation>%1: Begründung</translation>
        </message>
        <message>
            <source>Reopening makes the postmortem a draft again. Say why; the reason is kept with the review history.</source>
            <translation>Durch erneutes Öffnen wird das Postmortem wieder zum Entwurf. Geben Sie den Grund an; er wird mit dem Review-Verlauf aufbewahrt.</translation>
        </message>
        <message>
            <source>Say what needs to change (optional).</source>
            <translation>Geben Sie an, was sich ändern muss (optional).</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
    </context>
    <context>
        <name>causeway::RuleProblemBanner</name>
        <message>
            <source>Language rules problem</source>
            <translation>Problem mit den Sprachregeln</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>causeway::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Shown in the audit trail</source>
            <translation>Wird im Prüfpfad angezeigt</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>e.g. Facilitator, SRE, Compliance analyst</source>
            <translation>z. B. Moderation, SRE, Compliance-Analyse</translation>
        </message>
        <message>
            <source>Default time zone</source>
            <translation>Standard-Zeitzone</translation>
        </message>
        <message>
            <source>System time zone (%1)</source>
            <translation>Zeitzone des Systems (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie im System</translation>
        </message>
        <message>
            <source>Used for postmortems that do not name their own time zone. Times are always stored in UTC.</source>
            <translation>Wird für Postmortems verwendet, die keine eigene Zeitzone nennen. Zeiten werden immer in UTC gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Anzeigename:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Default &amp;time zone:</source>
            <translation>Standard-&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>The new language is used after Causeway restarts.</source>
            <translation>Die neue Sprache wird nach einem Neustart von Causeway verwendet.</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> Wochen</translation>
        </message>
        <message>
            <source>Default deadline of P1 actions</source>
            <translation>Standardfrist für P1-Maßnahmen</translation>
        </message>
        <message>
            <source>Default deadline of P2 actions</source>
            <translation>Standardfrist für P2-Maßnahmen</translation>
        </message>
        <message>
            <source>Default deadline of P3 actions</source>
            <translation>Standardfrist für P3-Maßnahmen</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> Arbeitstage</translation>
        </message>
        <message>
            <source>Analysis due after the incident</source>
            <translation>Analyse fällig nach dem Vorfall</translation>
        </message>
        <message>
            <source> years</source>
            <translation> Jahre</translation>
        </message>
        <message>
            <source>Retention of approved postmortems</source>
            <translation>Aufbewahrung genehmigter Postmortems</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Richtlinien</translation>
        </message>
        <message>
            <source>P&amp;1 action deadline:</source>
            <translation>Frist für P&amp;1-Maßnahmen:</translation>
        </message>
        <message>
            <source>P&amp;2 action deadline:</source>
            <translation>Frist für P&amp;2-Maßnahmen:</translation>
        </message>
        <message>
            <source>P&amp;3 action deadline:</source>
            <translation>Frist für P&amp;3-Maßnahmen:</translation>
        </message>
        <message>
            <source>Analysis &amp;due after incident end:</source>
            <translation>Analyse &amp;fällig nach Ende des Vorfalls:</translation>
        </message>
        <message>
            <source>Keep approved postmortems &amp;for:</source>
            <translation>Genehmigte Postmortems auf&amp;bewahren für:</translation>
        </message>
        <message>
            <source>An approved postmortem cannot be deleted during this period after its approval; attempts are audited.</source>
            <translation>Ein genehmigtes Postmortem kann während dieses Zeitraums nach seiner Genehmigung nicht gelöscht werden; Versuche werden protokolliert.</translation>
        </message>
    </context>
    <context>
        <name>causeway::SignDialog</name>
        <message>
            <source>I wrote this postmortem and it is, to my knowledge, complete and correct.</source>
            <translation>Ich habe dieses Postmortem verfasst, und es ist nach meinem Wissen vollständig und korrekt.</translation>
        </message>
        <message>
            <source>I reviewed this postmortem against the review checklist.</source>
            <translation>Ich habe dieses Postmortem anhand der Review-Checkliste geprüft.</translation>
        </message>
        <message>
            <source>I approve this postmortem and its actions. An approver must not also be its author.</source>
            <translation>Ich genehmige dieses Postmortem und seine Maßnahmen. Wer genehmigt, darf nicht zugleich Verfasser sein.</translation>
        </message>
        <message>
            <source>Sign Postmortem</source>
            <translation>Postmortem signieren</translation>
        </message>
        <message>
            <source>&lt;p&gt;Your electronic signature records your printed name, role, the meaning below and the time (UTC) with the SHA-256 of the postmortem's content, signed with your profile's key. It is the legally binding equivalent of your handwritten signature on this content.&lt;/p&gt;&lt;p&gt;Any later change to the content shows the signature as &lt;i&gt;invalid: content changed after signing&lt;/i&gt;. Status and review steps are not part of the signed content.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ihre elektronische Signatur erfasst Ihren Namen in Druckschrift, Ihre Rolle, die unten stehende Bedeutung und die Zeit (UTC) zusammen mit dem SHA-256 des Postmortem-Inhalts, signiert mit dem Schlüssel Ihres Profils. Sie ist das rechtlich verbindliche Gegenstück zu Ihrer handschriftlichen Unterschrift unter diesem Inhalt.&lt;/p&gt;&lt;p&gt;Jede spätere Änderung des Inhalts zeigt die Signatur als &lt;i&gt;ungültig: Inhalt nach dem Signieren geändert&lt;/i&gt;. Status und Review-Schritte gehören nicht zum signierten Inhalt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The passphrase of the profile</source>
            <translation>Die Passphrase des Profils</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signieren</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Profil:</translation>
        </message>
        <message>
            <source>Signer:</source>
            <translation>Unterzeichnende Person:</translation>
        </message>
        <message>
            <source>Meaning:</source>
            <translation>Bedeutung:</translation>
        </message>
        <message>
            <source>Content SHA-256:</source>
            <translation>Inhalt SHA-256:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>There is no signing profile on this machine; create one first.</source>
            <translation>Auf diesem Rechner gibt es kein Signaturprofil; erstellen Sie zuerst eines.</translation>
        </message>
        <message>
            <source>%1, %2 (key %3)</source>
            <translation>%1, %2 (Schlüssel %3)</translation>
        </message>
    </context>
    <context>
        <name>causeway::SignatureCheck</name>
        <message>
            <source>valid</source>
            <translation>gültig</translation>
        </message>
        <message>
            <source>invalid: content changed after signing</source>
            <translation>ungültig: Inhalt nach dem Signieren geändert</translation>
        </message>
        <message>
            <source>invalid: signature does not match</source>
            <translation>ungültig: Signatur passt nicht</translation>
        </message>
        <message>
            <source>invalid: unknown key (the key id does not belong to the public key)</source>
            <translation>ungültig: unbekannter Schlüssel (die Schlüssel-ID gehört nicht zum öffentlichen Schlüssel)</translation>
        </message>
        <message>
            <source>invalid: incomplete signature record (%1)</source>
            <translation>ungültig: unvollständiger Signatur-Datensatz (%1)</translation>
        </message>
    </context>
    <context>
        <name>causeway::SignatureList</name>
        <message>
            <source>Sign…</source>
            <translation>Signieren…</translation>
        </message>
        <message>
            <source>New Signing Profile…</source>
            <translation>Neues Signaturprofil…</translation>
        </message>
        <message>
            <source>Open a postmortem to sign it.</source>
            <translation>Öffnen Sie ein Postmortem, um es zu signieren.</translation>
        </message>
        <message>
            <source>Create a signing profile first: your printed name, role and a passphrase.</source>
            <translation>Erstellen Sie zuerst ein Signaturprofil: Ihren Namen in Druckschrift, Ihre Rolle und eine Passphrase.</translation>
        </message>
        <message>
            <source>Sign the postmortem as it is now</source>
            <translation>Das Postmortem im aktuellen Zustand signieren</translation>
        </message>
        <message>
            <source>Create a local signing profile with its own key</source>
            <translation>Ein lokales Signaturprofil mit eigenem Schlüssel erstellen</translation>
        </message>
        <message>
            <source>Not signed.</source>
            <translation>Nicht signiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n signature(s), all valid.</source>
            <translation>
                <numerusform>%n Signatur, gültig.</numerusform>
                <numerusform>%n Signaturen, alle gültig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signature(s), %1 invalid.</source>
            <translation>
                <numerusform>%n Signatur, %1 ungültig.</numerusform>
                <numerusform>%n Signaturen, %1 ungültig.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signaturen</translation>
        </message>
    </context>
    <context>
        <name>causeway::SignatureListModel</name>
        <message>
            <source>The postmortem was changed after this signature was made. Signed content SHA-256: %1</source>
            <translation>Das Postmortem wurde geändert, nachdem diese Signatur erstellt wurde. SHA-256 des signierten Inhalts: %1</translation>
        </message>
        <message>
            <source>Key id: the first 8 bytes of the BLAKE2b-256 hash of the signer's Ed25519 public key</source>
            <translation>Schlüssel-ID: die ersten 8 Bytes des BLAKE2b-256-Hashes des öffentlichen Ed25519-Schlüssels der unterzeichnenden Person</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Printed name</source>
            <translation>Name in Druckschrift</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Signed (UTC)</source>
            <translation>Signiert (UTC)</translation>
        </message>
        <message>
            <source>Signed (local)</source>
            <translation>Signiert (lokal)</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
    </context>
    <context>
        <name>causeway::Signatures</name>
        <message>
            <source>missing %1</source>
            <translation>%1 fehlt</translation>
        </message>
        <message>
            <source>signed_at is not a time</source>
            <translation>signed_at ist keine Zeit</translation>
        </message>
        <message>
            <source>"%1" is not a signature meaning; use one of: %2.</source>
            <translation>„%1“ ist keine Bedeutung einer Signatur; verwenden Sie eine von: %2.</translation>
        </message>
        <message>
            <source>Author and approver must be different people: profile %1 (key %2) already signed this postmortem as "%3", so it cannot also sign as "%4".</source>
            <translation>Verfasser und Genehmigende müssen verschiedene Personen sein: Profil %1 (Schlüssel %2) hat dieses Postmortem bereits als „%3“ signiert und kann daher nicht auch als „%4“ signieren.</translation>
        </message>
        <message>
            <source>Profile %1 already signed this postmortem as "%2" and that signature is still valid.</source>
            <translation>Profil %1 hat dieses Postmortem bereits als „%2“ signiert, und diese Signatur ist noch gültig.</translation>
        </message>
        <message>
            <source>There is no postmortem %1 to sign (or it is in the trash).</source>
            <translation>Es gibt kein Postmortem %1 zum Signieren (oder es liegt im Papierkorb).</translation>
        </message>
        <message>
            <source>The postmortem is not open on a database.</source>
            <translation>Das Postmortem ist in keiner Datenbank geöffnet.</translation>
        </message>
        <message>
            <source>Pending edits could not be saved, so nothing was signed: %1</source>
            <translation>Ausstehende Änderungen konnten nicht gespeichert werden, daher wurde nichts signiert: %1</translation>
        </message>
    </context>
    <context>
        <name>causeway::SigningProfiles</name>
        <message>
            <source>There is no signing profile "%1" on this machine.</source>
            <translation>Auf diesem Rechner gibt es kein Signaturprofil „%1“.</translation>
        </message>
        <message>
            <source>"%1" names %2 signing profiles; give the key id instead.</source>
            <translation>„%1“ bezeichnet %2 Signaturprofile; geben Sie stattdessen die Schlüssel-ID an.</translation>
        </message>
        <message>
            <source>The cryptography library cannot start.</source>
            <translation>Die Kryptografie-Bibliothek kann nicht starten.</translation>
        </message>
        <message>
            <source>A signing profile needs a printed name.</source>
            <translation>Ein Signaturprofil braucht einen Namen in Druckschrift.</translation>
        </message>
        <message>
            <source>A signing profile needs a role.</source>
            <translation>Ein Signaturprofil braucht eine Rolle.</translation>
        </message>
        <message>
            <source>The passphrase must have at least %1 characters.</source>
            <translation>Die Passphrase muss mindestens %1 Zeichen haben.</translation>
        </message>
        <message>
            <source>The key could not be sealed: not enough memory for the passphrase hash.</source>
            <translation>Der Schlüssel konnte nicht versiegelt werden: nicht genug Speicher für den Passphrase-Hash.</translation>
        </message>
        <message>
            <source>The profile could not be saved in the settings file %1.</source>
            <translation>Das Profil konnte nicht in der Einstellungsdatei %1 gespeichert werden.</translation>
        </message>
        <message>
            <source>Signing needs the passphrase of profile %1.</source>
            <translation>Zum Signieren wird die Passphrase von Profil %1 benötigt.</translation>
        </message>
        <message>
            <source>The secret key of profile %1 (key %2) cannot be read from the keychain: %3</source>
            <translation>Der geheime Schlüssel von Profil %1 (Schlüssel %2) kann nicht aus dem Schlüsselbund gelesen werden: %3</translation>
        </message>
        <message>
            <source>The passphrase is not correct for profile %1.</source>
            <translation>Die Passphrase ist für Profil %1 nicht korrekt.</translation>
        </message>
        <message>
            <source>The keychain entry of profile %1 holds a different key than key %2; the profile cannot sign.</source>
            <translation>Der Schlüsselbundeintrag von Profil %1 enthält einen anderen Schlüssel als Schlüssel %2; das Profil kann nicht signieren.</translation>
        </message>
        <message>
            <source>The keychain entry of profile %1 is not a sealed Causeway signing key.</source>
            <translation>Der Schlüsselbundeintrag von Profil %1 ist kein versiegelter Causeway-Signaturschlüssel.</translation>
        </message>
    </context>
    <context>
        <name>causeway::SimilarIncidentsModel</name>
        <message>
            <source>Similarity score %1: %2</source>
            <translation>Ähnlichkeitswert %1: %2</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Recurrence of</source>
            <translation>Wiederholung von</translation>
        </message>
        <message>
            <source>Earlier postmortem</source>
            <translation>Früheres Postmortem</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Why it looks similar</source>
            <translation>Warum es ähnlich aussieht</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Verknüpfung</translation>
        </message>
    </context>
    <context>
        <name>causeway::SimilarIncidentsPanel</name>
        <message>
            <source>Con&amp;firm recurrence</source>
            <translation>Wiederholung &amp;bestätigen</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>Verknüpfung &amp;aufheben</translation>
        </message>
        <message>
            <source>Similar earlier incidents</source>
            <translation>Ähnliche frühere Vorfälle</translation>
        </message>
        <message>
            <source>Show similar earlier incidents</source>
            <translation>Ähnliche frühere Vorfälle anzeigen</translation>
        </message>
        <message>
            <source>Confirm that this incident is a recurrence of the selected earlier one</source>
            <translation>Bestätigen, dass dieser Vorfall eine Wiederholung des ausgewählten früheren ist</translation>
        </message>
        <message>
            <source>Remove the confirmed recurrence link to the selected postmortem</source>
            <translation>Die bestätigte Verknüpfung als Wiederholung zum ausgewählten Postmortem entfernen</translation>
        </message>
        <message>
            <source>Could not look for similar incidents: %1</source>
            <translation>Nach ähnlichen Vorfällen konnte nicht gesucht werden: %1</translation>
        </message>
        <message>
            <source>Similar earlier incidents (none)</source>
            <translation>Ähnliche frühere Vorfälle (keine)</translation>
        </message>
        <message>
            <source>Similar earlier incidents (%1)</source>
            <translation>Ähnliche frühere Vorfälle (%1)</translation>
        </message>
        <message>
            <source>No earlier postmortem shares text, tags, services or cause categories with this one yet.</source>
            <translation>Noch kein früheres Postmortem teilt Text, Schlagwörter, Dienste oder Ursachenkategorien mit diesem.</translation>
        </message>
        <message>
            <source>%1 confirmed as recurrence. Select one to confirm or unlink.</source>
            <translation>%1 als Wiederholung bestätigt. Wählen Sie einen Eintrag, um zu bestätigen oder die Verknüpfung aufzuheben.</translation>
        </message>
    </context>
    <context>
        <name>causeway::SyncFolder</name>
        <message>
            <source>The sync folder %1 does not exist.</source>
            <translation>Der Sync-Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>die Datei ist zu groß</translation>
        </message>
        <message>
            <source>encrypted bundles are imported by hand (File → Import Bundle…)</source>
            <translation>verschlüsselte Bundles werden von Hand importiert (Datei → Bundle importieren…)</translation>
        </message>
        <message>
            <source>No sync folder is set.</source>
            <translation>Es ist kein Sync-Ordner festgelegt.</translation>
        </message>
    </context>
    <context>
        <name>causeway::SyncFolderController</name>
        <message>
            <source>Changes written to the sync folder (%1).</source>
            <translation>Änderungen in den Sync-Ordner geschrieben (%1).</translation>
        </message>
        <message>
            <source>The sync folder is not used: the database is open read-only.</source>
            <translation>Der Sync-Ordner wird nicht verwendet: Die Datenbank ist schreibgeschützt geöffnet.</translation>
        </message>
        <message>
            <source>Sync-folder bundles are written unsigned: there is no signing profile or keychain on this machine.</source>
            <translation>Bundles für den Sync-Ordner werden unsigniert geschrieben: Auf diesem Rechner gibt es kein Signaturprofil oder keinen Schlüsselbund.</translation>
        </message>
        <message>
            <source>Sync-folder bundles are written unsigned in this session.</source>
            <translation>Bundles für den Sync-Ordner werden in dieser Sitzung unsigniert geschrieben.</translation>
        </message>
        <message>
            <source>Changes could not be written to the sync folder: %1</source>
            <translation>Änderungen konnten nicht in den Sync-Ordner geschrieben werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n bundle(s) from the sync folder.</source>
            <translation>
                <numerusform>%n Bundle aus dem Sync-Ordner importiert.</numerusform>
                <numerusform>%n Bundles aus dem Sync-Ordner importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) from the sync folder need you to trust their signer: File → Import Bundle…</source>
            <translation>
                <numerusform>%n Bundle aus dem Sync-Ordner braucht Ihr Vertrauen in die signierende Person: Datei → Bundle importieren…</numerusform>
                <numerusform>%n Bundles aus dem Sync-Ordner brauchen Ihr Vertrauen in die signierende Person: Datei → Bundle importieren…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) in the sync folder could not be imported (%1).</source>
            <translation>
                <numerusform>%n Bundle im Sync-Ordner konnte nicht importiert werden (%1).</numerusform>
                <numerusform>%n Bundles im Sync-Ordner konnten nicht importiert werden (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>The database is inside a %1 folder. SQLite files must not be synced as files; use a sync folder for bundles instead (Settings → Sync folder).</source>
            <translation>Die Datenbank liegt in einem %1-Ordner. SQLite-Dateien dürfen nicht als Dateien synchronisiert werden; verwenden Sie stattdessen einen Sync-Ordner für Bundles (Einstellungen → Sync-Ordner).</translation>
        </message>
    </context>
    <context>
        <name>causeway::SyncFolderSettings</name>
        <message>
            <source>Sync folder</source>
            <translation>Sync-Ordner</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Wählen…</translation>
        </message>
        <message>
            <source>Stop S&amp;yncing</source>
            <translation>S&amp;ynchronisierung beenden</translation>
        </message>
        <message>
            <source>Sign the bundles written there (asks for your signing passphrase once per session)</source>
            <translation>Die dort geschriebenen Bundles signieren (fragt einmal pro Sitzung nach Ihrer Signatur-Passphrase)</translation>
        </message>
        <message>
            <source>This machine writes its changes to the folder as bundles and imports the bundles other machines put there. Share the folder with Syncthing, Nextcloud or a network drive; never sync the database file itself.</source>
            <translation>Dieser Rechner schreibt seine Änderungen als Bundles in den Ordner und importiert die Bundles, die andere Rechner dort ablegen. Teilen Sie den Ordner mit Syncthing, Nextcloud oder einem Netzlaufwerk; synchronisieren Sie niemals die Datenbankdatei selbst.</translation>
        </message>
        <message>
            <source>Sync Folder</source>
            <translation>Sync-Ordner</translation>
        </message>
        <message>
            <source>Not syncing through a folder.</source>
            <translation>Keine Synchronisierung über einen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>causeway::TagsFieldEditor</name>
        <message>
            <source>Comma-separated, e.g. database, deploy</source>
            <translation>Durch Kommas getrennt, z. B. datenbank, deploy</translation>
        </message>
    </context>
    <context>
        <name>causeway::TimeEditDelegate</name>
        <message>
            <source>Which time?</source>
            <translation>Welche Zeit?</translation>
        </message>
        <message>
            <source>This time occurs twice in %1 because the clocks go back. Which one do you mean?</source>
            <translation>Diese Zeit kommt in %1 zweimal vor, weil die Uhren zurückgestellt werden. Welche meinen Sie?</translation>
        </message>
        <message>
            <source>Earlier: %1</source>
            <translation>Früher: %1</translation>
        </message>
        <message>
            <source>Later: %1</source>
            <translation>Später: %1</translation>
        </message>
        <message>
            <source>14:05, 2026-03-02 14:05, +5m</source>
            <translation>14:05, 2026-03-02 14:05, +5m</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Endzeit</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>A time of day, a date and time, ISO 8601, or +5m / -30s relative to the current value</source>
            <translation>Eine Uhrzeit, ein Datum mit Uhrzeit, ISO 8601 oder +5m / -30s relativ zum aktuellen Wert</translation>
        </message>
        <message>
            <source>No time chosen; the old value is kept.</source>
            <translation>Keine Zeit gewählt; der alte Wert bleibt erhalten.</translation>
        </message>
        <message>
            <source>"%1" is not a time.</source>
            <translation>„%1“ ist keine Zeit.</translation>
        </message>
        <message>
            <source>An event needs a time; the old value is kept.</source>
            <translation>Ein Ereignis braucht eine Zeit; der alte Wert bleibt erhalten.</translation>
        </message>
        <message>
            <source>The end cannot be before the start; the old value is kept.</source>
            <translation>Das Ende kann nicht vor dem Beginn liegen; der alte Wert bleibt erhalten.</translation>
        </message>
        <message>
            <source>The start cannot be after the end; the old value is kept.</source>
            <translation>Der Beginn kann nicht nach dem Ende liegen; der alte Wert bleibt erhalten.</translation>
        </message>
    </context>
    <context>
        <name>causeway::TimeZoneFieldEditor</name>
        <message>
            <source>Not set</source>
            <translation>Nicht gesetzt</translation>
        </message>
    </context>
    <context>
        <name>causeway::TimelineGraphicsView</name>
        <message>
            <source>Graphical timeline</source>
            <translation>Grafische Zeitleiste</translation>
        </message>
        <message>
            <source>Ctrl+wheel or +/- to zoom, wheel or middle-drag to pan, 0 to fit</source>
            <translation>Strg+Mausrad oder +/- zum Zoomen, Mausrad oder Ziehen mit mittlerer Taste zum Verschieben, 0 zum Einpassen</translation>
        </message>
        <message>
            <source>Customer impact</source>
            <translation>Kundenauswirkung</translation>
        </message>
    </context>
    <context>
        <name>causeway::TimelineModel</name>
        <message>
            <source>Key event</source>
            <translation>Schlüsselereignis</translation>
        </message>
        <message>
            <source>Not a key event</source>
            <translation>Kein Schlüsselereignis</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence attachment(s)</source>
            <translation>
                <numerusform>%n Beleganhang</numerusform>
                <numerusform>%n Beleganhänge</numerusform>
            </translation>
        </message>
        <message>
            <source>Time (%1)</source>
            <translation>Zeit (%1)</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Kennzeichnung</translation>
        </message>
    </context>
    <context>
        <name>causeway::TimelinePane</name>
        <message>
            <source>&amp;Delete Events</source>
            <translation>Ereignisse &amp;löschen</translation>
        </message>
        <message>
            <source>Timeline events</source>
            <translation>Ereignisse der Zeitleiste</translation>
        </message>
        <message>
            <source>Quick capture: "14:05 paged the on-call", Enter to add; Ctrl+Enter adds at the current time</source>
            <translation>Schnellerfassung: „14:05 Bereitschaft alarmiert“, Eingabetaste zum Hinzufügen; Strg+Eingabe fügt zur aktuellen Zeit hinzu</translation>
        </message>
        <message>
            <source>Quick capture</source>
            <translation>Schnellerfassung</translation>
        </message>
        <message>
            <source>Quick capture status</source>
            <translation>Status der Schnellerfassung</translation>
        </message>
        <message>
            <source>&amp;Capture:</source>
            <translation>&amp;Erfassen:</translation>
        </message>
        <message>
            <source>Filter by text</source>
            <translation>Nach Text filtern</translation>
        </message>
        <message>
            <source>Filter events by text</source>
            <translation>Ereignisse nach Text filtern</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Nach Art filtern</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Filter by source</source>
            <translation>Nach Quelle filtern</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Alle Quellen</translation>
        </message>
        <message>
            <source>Time zone of the timeline</source>
            <translation>Zeitzone der Zeitleiste</translation>
        </message>
        <message>
            <source>Postmortem zone</source>
            <translation>Zone des Postmortems</translation>
        </message>
        <message>
            <source>The postmortem's own time zone</source>
            <translation>Die eigene Zeitzone des Postmortems</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>Number of events</source>
            <translation>Anzahl der Ereignisse</translation>
        </message>
        <message>
            <source>&amp;Zone:</source>
            <translation>&amp;Zone:</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Ereignis</numerusform>
                <numerusform>%n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n event(s)</source>
            <translation>
                <numerusform>%1 von %n Ereignis</numerusform>
                <numerusform>%1 von %n Ereignissen</numerusform>
            </translation>
        </message>
        <message>
            <source>Start the line with a time (14:05, 2026-03-02 14:05, +5m), or press Ctrl+Enter to add it at the current time.</source>
            <translation>Beginnen Sie die Zeile mit einer Zeit (14:05, 2026-03-02 14:05, +5m), oder drücken Sie Strg+Eingabe, um sie zur aktuellen Zeit hinzuzufügen.</translation>
        </message>
        <message>
            <source>Type what happened after the time.</source>
            <translation>Schreiben Sie nach der Zeit, was passiert ist.</translation>
        </message>
        <message>
            <source>Added at %1: %2</source>
            <translation>Hinzugefügt um %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n event(s)</source>
            <translation>
                <numerusform>%n Ereignis löschen</numerusform>
                <numerusform>%n Ereignisse löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set kind of %n event(s)</source>
            <translation>
                <numerusform>Art von %n Ereignis festlegen</numerusform>
                <numerusform>Art von %n Ereignissen festlegen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shift %n event(s)</source>
            <translation>
                <numerusform>%n Ereignis verschieben</numerusform>
                <numerusform>%n Ereignisse verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n key event(s)</source>
            <translation>
                <numerusform>%n Schlüsselereignis markieren</numerusform>
                <numerusform>%n Schlüsselereignisse markieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unmark %n key event(s)</source>
            <translation>
                <numerusform>Markierung von %n Schlüsselereignis entfernen</numerusform>
                <numerusform>Markierung von %n Schlüsselereignissen entfernen</numerusform>
            </translation>
        </message>
        <message>
            <source>Set %1 from Event</source>
            <translation>%1 aus Ereignis setzen</translation>
        </message>
        <message>
            <source>Set the marker “%1” to the time of the selected event</source>
            <translation>Die Markierung „%1“ auf die Zeit des ausgewählten Ereignisses setzen</translation>
        </message>
        <message>
            <source>Shift Events</source>
            <translation>Ereignisse verschieben</translation>
        </message>
        <message>
            <source>Shift the selected events by this many minutes (negative: earlier), for example to correct the clock skew of one source:</source>
            <translation>Die ausgewählten Ereignisse um so viele Minuten verschieben (negativ: früher), zum Beispiel, um die Uhrabweichung einer Quelle zu korrigieren:</translation>
        </message>
        <message>
            <source>Set &amp;Kind</source>
            <translation>&amp;Art festlegen</translation>
        </message>
        <message>
            <source>&amp;Shift by Minutes…</source>
            <translation>Um Minuten &amp;verschieben…</translation>
        </message>
        <message>
            <source>&amp;Mark as Key Event</source>
            <translation>Als &amp;Schlüsselereignis markieren</translation>
        </message>
        <message>
            <source>&amp;Unmark Key Event</source>
            <translation>Schlüsselereignis-Markierung &amp;entfernen</translation>
        </message>
        <message>
            <source>Set &amp;Phase from This Event</source>
            <translation>&amp;Phase von diesem Ereignis setzen</translation>
        </message>
        <message>
            <source>&amp;Attach as Evidence to This Event</source>
            <translation>Als Beleg an dieses Ereignis an&amp;hängen</translation>
        </message>
        <message>
            <source>&amp;Import as Timeline Events…</source>
            <translation>Als Ereignisse der Zeitleiste &amp;importieren…</translation>
        </message>
        <message>
            <source>the current event</source>
            <translation>das aktuelle Ereignis</translation>
        </message>
        <message>
            <source>Event &amp;marking:</source>
            <translation>Kennzeichnung des Ereig&amp;nisses:</translation>
        </message>
        <message numerus="yes">
            <source>Unmark %n event(s)</source>
            <translation>
                <numerusform>Kennzeichnung von %n Ereignis entfernen</numerusform>
                <numerusform>Kennzeichnung von %n Ereignissen entfernen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n event(s) %1</source>
            <translation>
                <numerusform>%n Ereignis als %1 kennzeichnen</numerusform>
                <numerusform>%n Ereignisse als %1 kennzeichnen</numerusform>
            </translation>
        </message>
        <message>
            <source>Set &amp;Confidentiality</source>
            <translation>Vertraulich&amp;keit festlegen</translation>
        </message>
    </context>
    <context>
        <name>causeway::UnlockSigningDialog</name>
        <message>
            <source>Sign Sync-Folder Bundles</source>
            <translation>Bundles des Sync-Ordners signieren</translation>
        </message>
        <message>
            <source>The bundles this machine writes to the sync folder are signed as %1 (key %2), so the other machines import them without asking. Enter the profile's passphrase to sign them while Causeway runs.</source>
            <translation>Die Bundles, die dieser Rechner in den Sync-Ordner schreibt, werden als %1 (Schlüssel %2) signiert, sodass die anderen Rechner sie ohne Nachfrage importieren. Geben Sie die Passphrase des Profils ein, um sie zu signieren, solange Causeway läuft.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signieren</translation>
        </message>
        <message>
            <source>Send &amp;Unsigned</source>
            <translation>&amp;Unsigniert senden</translation>
        </message>
    </context>
    <context>
        <name>causeway::WelcomePane</name>
        <message>
            <source>Open a Sample Postmortem</source>
            <translation>Ein Beispiel-Postmortem öffnen</translation>
        </message>
        <message>
            <source>Open a sample postmortem</source>
            <translation>Ein Beispiel-Postmortem öffnen</translation>
        </message>
        <message>
            <source>New Postmortem…</source>
            <translation>Neues Postmortem…</translation>
        </message>
        <message>
            <source>New postmortem</source>
            <translation>Neues Postmortem</translation>
        </message>
        <message>
            <source>Learn from incidents, not blame</source>
            <translation>Aus Vorfällen lernen, nicht Schuld zuweisen</translation>
        </message>
        <message>
            <source>A postmortem describes what happened, how the system and the people in it responded, and what will change. It looks at conditions and decisions, never at who is at fault.

Start with a worked example to see the structure, or begin a new postmortem from a template.</source>
            <translation>Ein Postmortem beschreibt, was passiert ist, wie das System und die Menschen darin reagiert haben und was sich ändern wird. Es betrachtet Bedingungen und Entscheidungen, nie die Frage, wer schuld ist.

Beginnen Sie mit einem ausgearbeiteten Beispiel, um den Aufbau zu sehen, oder starten Sie ein neues Postmortem aus einer Vorlage.</translation>
        </message>
        <message>
            <source>No postmortem open</source>
            <translation>Kein Postmortem geöffnet</translation>
        </message>
        <message>
            <source>Choose a postmortem from the list, or start a new one.</source>
            <translation>Wählen Sie ein Postmortem aus der Liste, oder beginnen Sie ein neues.</translation>
        </message>
    </context>
    <context>
        <name>causeway::WhysView</name>
        <message>
            <source>Five whys</source>
            <translation>Fünf Warum</translation>
        </message>
        <message>
            <source>&lt;p&gt;The five whys: each answer says why the one above it happened; an answer can have several answers of its own.&lt;/p&gt;&lt;p&gt;Enter adds an answer beside the current one, Tab an answer to it, Shift+Tab moves an answer up a level, Delete removes it with its answers, Ctrl+Up and Ctrl+Down reorder, F2 renames, Space marks it as a cause on the fishbone. While typing, Enter finishes and Tab asks why again. Ctrl++ and Ctrl+- change the size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die fünf Warum: Jede Antwort sagt, warum die darüberstehende geschah; eine Antwort kann selbst mehrere Antworten haben.&lt;/p&gt;&lt;p&gt;Die Eingabetaste fügt eine Antwort neben der aktuellen hinzu, Tab eine Antwort darauf, Umschalt+Tab verschiebt eine Antwort eine Ebene nach oben, Entf entfernt sie mit ihren Antworten, Strg+Nach-oben und Strg+Nach-unten ordnen um, F2 benennt um, die Leertaste markiert sie als Ursache im Ishikawa-Diagramm. Beim Tippen schließt die Eingabetaste ab, und Tab fragt erneut nach dem Warum. Strg++ und Strg+- ändern die Größe.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No causes were recorded.</source>
            <translation>Es wurden keine Ursachen erfasst.</translation>
        </message>
        <message>
            <source>Why did this happen? Press Enter to add an answer, then Tab to ask why again.</source>
            <translation>Warum ist das passiert? Drücken Sie die Eingabetaste, um eine Antwort hinzuzufügen, dann Tab, um erneut nach dem Warum zu fragen.</translation>
        </message>
    </context>
    <context>
        <name>causeway::Zip</name>
        <message>
            <source>Entry %1 of the archive has an empty name.</source>
            <translation>Eintrag %1 des Archivs hat einen leeren Namen.</translation>
        </message>
        <message>
            <source>The name of entry “%1” contains a NUL character.</source>
            <translation>Der Name des Eintrags „%1“ enthält ein NUL-Zeichen.</translation>
        </message>
        <message>
            <source>The name of entry “%1” contains a control character.</source>
            <translation>Der Name des Eintrags „%1“ enthält ein Steuerzeichen.</translation>
        </message>
        <message>
            <source>The name of entry “%1” contains a backslash; zip paths use forward slashes only.</source>
            <translation>Der Name des Eintrags „%1“ enthält einen Backslash; Zip-Pfade verwenden nur Schrägstriche.</translation>
        </message>
        <message>
            <source>Entry “%1” has an absolute path; entries must be relative.</source>
            <translation>Eintrag „%1“ hat einen absoluten Pfad; Einträge müssen relativ sein.</translation>
        </message>
        <message>
            <source>Entry “%1” starts with a drive letter; entries must be relative.</source>
            <translation>Eintrag „%1“ beginnt mit einem Laufwerksbuchstaben; Einträge müssen relativ sein.</translation>
        </message>
        <message>
            <source>The name of entry “%1” is longer than %2 bytes.</source>
            <translation>Der Name des Eintrags „%1“ ist länger als %2 Bytes.</translation>
        </message>
        <message>
            <source>Entry “%1” lies more than %2 folders deep.</source>
            <translation>Eintrag „%1“ liegt mehr als %2 Ordner tief.</translation>
        </message>
        <message>
            <source>The name of entry “%1” has an empty folder name (“//”).</source>
            <translation>Der Name des Eintrags „%1“ hat einen leeren Ordnernamen („//“).</translation>
        </message>
        <message>
            <source>The name of entry “%1” contains “..”, which could place it outside the folder it is unpacked into.</source>
            <translation>Der Name des Eintrags „%1“ enthält „..“, wodurch er außerhalb des Ordners landen könnte, in den entpackt wird.</translation>
        </message>
        <message>
            <source>The name of entry “%1” contains a “.” folder.</source>
            <translation>Der Name des Eintrags „%1“ enthält einen Ordner „.“.</translation>
        </message>
        <message>
            <source>Entry “%1” is an archive (%2); archives inside archives are not accepted.</source>
            <translation>Eintrag „%1“ ist ein Archiv (%2); Archive in Archiven werden nicht angenommen.</translation>
        </message>
        <message>
            <source>Entry “%1” holds a zip archive; archives inside archives are not accepted.</source>
            <translation>Eintrag „%1“ enthält ein Zip-Archiv; Archive in Archiven werden nicht angenommen.</translation>
        </message>
        <message>
            <source>Entry “%1” holds an age-encrypted archive; archives inside archives are not accepted.</source>
            <translation>Eintrag „%1“ enthält ein mit age verschlüsseltes Archiv; Archive in Archiven werden nicht angenommen.</translation>
        </message>
        <message>
            <source>A zip archive holds at most %L1 entries; this one would have %L2.</source>
            <translation>Ein Zip-Archiv enthält höchstens %L1 Einträge; dieses hätte %L2.</translation>
        </message>
        <message>
            <source>The name of entry “%1” is not valid Unicode.</source>
            <translation>Der Name des Eintrags „%1“ ist kein gültiges Unicode.</translation>
        </message>
        <message>
            <source>Entry “%1” is 4 GiB or larger, which a zip archive without ZIP64 cannot hold.</source>
            <translation>Eintrag „%1“ ist 4 GiB oder größer, was ein Zip-Archiv ohne ZIP64 nicht aufnehmen kann.</translation>
        </message>
        <message>
            <source>Entry “%1” could not be compressed.</source>
            <translation>Eintrag „%1“ konnte nicht komprimiert werden.</translation>
        </message>
        <message>
            <source>The archive would be 4 GiB or larger, which a zip archive without ZIP64 cannot hold.</source>
            <translation>Das Archiv wäre 4 GiB oder größer, was ein Zip-Archiv ohne ZIP64 nicht aufnehmen kann.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>causeway::Zip::NameRegistry</name>
        <message>
            <source>Entry “%1” appears twice in the archive.</source>
            <translation>Eintrag „%1“ kommt zweimal im Archiv vor.</translation>
        </message>
        <message>
            <source>Folder “%1” appears twice in the archive.</source>
            <translation>Ordner „%1“ kommt zweimal im Archiv vor.</translation>
        </message>
        <message>
            <source>“%1” is both a file and a folder in the archive.</source>
            <translation>„%1“ ist im Archiv sowohl Datei als auch Ordner.</translation>
        </message>
        <message>
            <source>Folders “%1” and “%2” differ only in how their accents are encoded; they would be merged on many systems.</source>
            <translation>Die Ordner „%1“ und „%2“ unterscheiden sich nur in der Kodierung ihrer Akzente; auf vielen Systemen würden sie zusammengeführt.</translation>
        </message>
        <message>
            <source>Entries “%1” and “%2” differ only in how their accents are encoded; they would overwrite each other on many systems.</source>
            <translation>Die Einträge „%1“ und „%2“ unterscheiden sich nur in der Kodierung ihrer Akzente; auf vielen Systemen würden sie einander überschreiben.</translation>
        </message>
        <message>
            <source>Folders “%1” and “%2” differ only in upper and lower case; they would be merged on many systems.</source>
            <translation>Die Ordner „%1“ und „%2“ unterscheiden sich nur in Groß- und Kleinschreibung; auf vielen Systemen würden sie zusammengeführt.</translation>
        </message>
        <message>
            <source>Entries “%1” and “%2” differ only in upper and lower case; they would overwrite each other on many systems.</source>
            <translation>Die Einträge „%1“ und „%2“ unterscheiden sich nur in Groß- und Kleinschreibung; auf vielen Systemen würden sie einander überschreiben.</translation>
        </message>
    </context>
    <context>
        <name>causeway::Zip::Reader</name>
        <message>
            <source>The file is empty; it is not a zip archive.</source>
            <translation>Die Datei ist leer; sie ist kein Zip-Archiv.</translation>
        </message>
        <message>
            <source>The archive is damaged: there are unexpected bytes after its end record.</source>
            <translation>Das Archiv ist beschädigt: Nach seinem Endeintrag folgen unerwartete Bytes.</translation>
        </message>
        <message>
            <source>The archive is truncated or damaged: its end record is missing.</source>
            <translation>Das Archiv ist abgeschnitten oder beschädigt: Sein Endeintrag fehlt.</translation>
        </message>
        <message>
            <source>The file is not a zip archive.</source>
            <translation>Die Datei ist kein Zip-Archiv.</translation>
        </message>
        <message>
            <source>The archive uses ZIP64, which is not accepted.</source>
            <translation>Das Archiv verwendet ZIP64, was nicht angenommen wird.</translation>
        </message>
        <message>
            <source>The archive is split over several disks, which is not accepted.</source>
            <translation>Das Archiv ist auf mehrere Datenträger verteilt, was nicht angenommen wird.</translation>
        </message>
        <message>
            <source>The archive has %L1 entries; at most %L2 are accepted.</source>
            <translation>Das Archiv hat %L1 Einträge; höchstens %L2 werden angenommen.</translation>
        </message>
        <message>
            <source>The archive is truncated or damaged: its central directory lies outside the file.</source>
            <translation>Das Archiv ist abgeschnitten oder beschädigt: Sein zentrales Verzeichnis liegt außerhalb der Datei.</translation>
        </message>
        <message>
            <source>The archive is damaged: there are unexpected bytes between its central directory and its end record.</source>
            <translation>Das Archiv ist beschädigt: Zwischen seinem zentralen Verzeichnis und seinem Endeintrag stehen unerwartete Bytes.</translation>
        </message>
        <message>
            <source>The archive is damaged: its central directory is too small for %L1 entries.</source>
            <translation>Das Archiv ist beschädigt: Sein zentrales Verzeichnis ist zu klein für %L1 Einträge.</translation>
        </message>
        <message>
            <source>The extra field of entry “%1” is damaged.</source>
            <translation>Das Zusatzfeld des Eintrags „%1“ ist beschädigt.</translation>
        </message>
        <message>
            <source>Entry “%1” uses ZIP64, which is not accepted.</source>
            <translation>Eintrag „%1“ verwendet ZIP64, was nicht angenommen wird.</translation>
        </message>
        <message>
            <source>Entry “%1” is encrypted; encrypted entries are not accepted.</source>
            <translation>Eintrag „%1“ ist verschlüsselt; verschlüsselte Einträge werden nicht angenommen.</translation>
        </message>
        <message>
            <source>The archive is damaged: entry %1 of its central directory cannot be read.</source>
            <translation>Das Archiv ist beschädigt: Eintrag %1 seines zentralen Verzeichnisses kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Entry “%1” lies on another disk of a split archive, which is not accepted.</source>
            <translation>Eintrag „%1“ liegt auf einem anderen Datenträger eines geteilten Archivs, was nicht angenommen wird.</translation>
        </message>
        <message>
            <source>The archive is damaged: its central directory holds more than the %L1 entries its end record counts.</source>
            <translation>Das Archiv ist beschädigt: Sein zentrales Verzeichnis enthält mehr als die %L1 Einträge, die sein Endeintrag zählt.</translation>
        </message>
        <message>
            <source>The archive is truncated or damaged: entry “%1” points outside the archive's data.</source>
            <translation>Das Archiv ist abgeschnitten oder beschädigt: Eintrag „%1“ verweist auf eine Stelle außerhalb der Daten des Archivs.</translation>
        </message>
        <message>
            <source>The archive is damaged: the local header of entry “%1” is missing.</source>
            <translation>Das Archiv ist beschädigt: Der lokale Header von Eintrag „%1“ fehlt.</translation>
        </message>
        <message>
            <source>Entries “%1” and “%2” overlap in the archive; an archive built like this is refused.</source>
            <translation>Die Einträge „%1“ und „%2“ überlappen sich im Archiv; ein so aufgebautes Archiv wird abgelehnt.</translation>
        </message>
        <message>
            <source>The name of entry “%1” is not valid UTF-8.</source>
            <translation>Der Name des Eintrags „%1“ ist kein gültiges UTF-8.</translation>
        </message>
        <message>
            <source>Entry “%1” keeps its sizes in a data descriptor after its data, which is not accepted.</source>
            <translation>Eintrag „%1“ speichert seine Größen in einem Datendeskriptor nach seinen Daten, was nicht angenommen wird.</translation>
        </message>
        <message>
            <source>Entry “%1” holds patched data, which is not accepted.</source>
            <translation>Eintrag „%1“ enthält gepatchte Daten, was nicht angenommen wird.</translation>
        </message>
        <message>
            <source>Entry “%1” is compressed with method %2 (%3); only stored and deflated entries are accepted.</source>
            <translation>Eintrag „%1“ ist mit Methode %2 (%3) komprimiert; nur gespeicherte und mit Deflate komprimierte Einträge werden angenommen.</translation>
        </message>
        <message>
            <source>The local and central headers of entry “%1” give different names.</source>
            <translation>Der lokale und der zentrale Header von Eintrag „%1“ nennen unterschiedliche Namen.</translation>
        </message>
        <message>
            <source>The local and central headers of entry “%1” disagree on its compression method or flags.</source>
            <translation>Der lokale und der zentrale Header von Eintrag „%1“ widersprechen sich bei Komprimierungsmethode oder Flags.</translation>
        </message>
        <message>
            <source>The local and central headers of entry “%1” disagree on its size or CRC-32.</source>
            <translation>Der lokale und der zentrale Header von Eintrag „%1“ widersprechen sich bei Größe oder CRC-32.</translation>
        </message>
        <message>
            <source>Entry “%1” is a symbolic link; links are not accepted.</source>
            <translation>Eintrag „%1“ ist ein symbolischer Link; Links werden nicht angenommen.</translation>
        </message>
        <message>
            <source>Entry “%1” is marked as a folder but its name does not end in “/”.</source>
            <translation>Eintrag „%1“ ist als Ordner markiert, aber sein Name endet nicht auf „/“.</translation>
        </message>
        <message>
            <source>Entry “%1” is a special file (device, pipe or socket), which is not accepted.</source>
            <translation>Eintrag „%1“ ist eine Spezialdatei (Gerät, Pipe oder Socket), was nicht angenommen wird.</translation>
        </message>
        <message>
            <source>Folder entry “%1” has content.</source>
            <translation>Ordnereintrag „%1“ hat Inhalt.</translation>
        </message>
        <message>
            <source>The headers of stored entry “%1” give different sizes for its stored and unpacked data.</source>
            <translation>Die Header des gespeicherten Eintrags „%1“ nennen unterschiedliche Größen für gespeicherte und entpackte Daten.</translation>
        </message>
        <message>
            <source>Entry “%1” unpacks to %2, larger than the %3 an entry may hold.</source>
            <translation>Eintrag „%1“ wird zu %2 entpackt, mehr als die %3, die ein Eintrag enthalten darf.</translation>
        </message>
        <message>
            <source>Entry “%1” is compressed more than %2 to 1, as zip bombs are; its compression ratio is refused.</source>
            <translation>Eintrag „%1“ ist stärker als %2 zu 1 komprimiert, wie es Zip-Bomben sind; sein Kompressionsverhältnis wird abgelehnt.</translation>
        </message>
        <message>
            <source>With entry “%1” the archive unpacks to more than %2, the most an archive may hold in all.</source>
            <translation>Mit Eintrag „%1“ würde das Archiv zu mehr als %2 entpackt, dem Höchstwert für ein Archiv insgesamt.</translation>
        </message>
        <message>
            <source>Entry “%1” cannot be unpacked: out of memory.</source>
            <translation>Eintrag „%1“ kann nicht entpackt werden: nicht genug Speicher.</translation>
        </message>
        <message>
            <source>Entry “%1” has data after the end of its compressed stream; the archive is damaged.</source>
            <translation>Eintrag „%1“ hat Daten nach dem Ende seines komprimierten Datenstroms; das Archiv ist beschädigt.</translation>
        </message>
        <message>
            <source>The compressed data of entry “%1” ends early; the archive is truncated or damaged.</source>
            <translation>Die komprimierten Daten von Eintrag „%1“ enden zu früh; das Archiv ist abgeschnitten oder beschädigt.</translation>
        </message>
        <message>
            <source>The compressed data of entry “%1” is damaged and cannot be unpacked.</source>
            <translation>Die komprimierten Daten von Eintrag „%1“ sind beschädigt und können nicht entpackt werden.</translation>
        </message>
        <message>
            <source>Entry “%1” unpacks to more than the %2 an entry may hold.</source>
            <translation>Eintrag „%1“ wird zu mehr als den %2 entpackt, die ein Eintrag enthalten darf.</translation>
        </message>
        <message>
            <source>Entry “%1” unpacks to more than the %L2 bytes its headers give; the archive is damaged or forged.</source>
            <translation>Eintrag „%1“ wird zu mehr als den %L2 Bytes entpackt, die seine Header angeben; das Archiv ist beschädigt oder gefälscht.</translation>
        </message>
        <message>
            <source>Entry “%1” unpacks to %L2 bytes but its headers give a size of %L3; the archive is damaged.</source>
            <translation>Eintrag „%1“ wird zu %L2 Bytes entpackt, aber seine Header geben eine Größe von %L3 an; das Archiv ist beschädigt.</translation>
        </message>
        <message>
            <source>Entry “%1” fails its CRC-32 check; the archive is damaged.</source>
            <translation>Eintrag „%1“ besteht die CRC-32-Prüfung nicht; das Archiv ist beschädigt.</translation>
        </message>
    </context>
    <context>
        <name>causeway::coach</name>
        <message>
            <source>%1 at offset %2</source>
            <translation>%1 an Position %2</translation>
        </message>
        <message>
            <source>%1: "%2" must be a list of patterns</source>
            <translation>%1: „%2“ muss eine Liste von Mustern sein</translation>
        </message>
        <message>
            <source>%1: "%2" must contain only strings</source>
            <translation>%1: „%2“ darf nur Zeichenketten enthalten</translation>
        </message>
        <message>
            <source>%1: a pattern in "%2" is not valid: %3</source>
            <translation>%1: Ein Muster in „%2“ ist ungültig: %3</translation>
        </message>
        <message>
            <source>%1 is not an object</source>
            <translation>%1 ist kein Objekt</translation>
        </message>
        <message>
            <source>%1 has no "id"</source>
            <translation>%1 hat keine „id“</translation>
        </message>
        <message>
            <source>%1: unknown category "%2" (blame, counterfactual, hindsight or person)</source>
            <translation>%1: unbekannte Kategorie „%2“ (blame, counterfactual, hindsight oder person)</translation>
        </message>
        <message>
            <source>%1 has no "pattern"</source>
            <translation>%1 hat kein „pattern“</translation>
        </message>
        <message>
            <source>%1: a subject rule's pattern must contain {name}</source>
            <translation>%1: Das Muster einer Subjektregel muss {name} enthalten</translation>
        </message>
        <message>
            <source>%1: the pattern is not valid: %2</source>
            <translation>%1: Das Muster ist ungültig: %2</translation>
        </message>
        <message>
            <source>%1 needs a "why" and a "suggestion" for the tooltip</source>
            <translation>%1 braucht ein „why“ und eine „suggestion“ für den Tooltip</translation>
        </message>
        <message>
            <source>%1: "contexts" must be a list of "narrative" and "action"</source>
            <translation>%1: „contexts“ muss eine Liste aus „narrative“ und „action“ sein</translation>
        </message>
        <message>
            <source>%1: unknown context "%2" (narrative or action)</source>
            <translation>%1: unbekannter Kontext „%2“ (narrative oder action)</translation>
        </message>
        <message>
            <source>%1: "%2" must be a list</source>
            <translation>%1: „%2“ muss eine Liste sein</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at offset %3</source>
            <translation>%1 ist kein gültiges JSON: %2 an Position %3</translation>
        </message>
        <message>
            <source>%1 is not a rule file (no JSON object)</source>
            <translation>%1 ist keine Regeldatei (kein JSON-Objekt)</translation>
        </message>
        <message>
            <source>%1 is not a rule file: "format" must be "%2"</source>
            <translation>%1 ist keine Regeldatei: „format“ muss „%2“ sein</translation>
        </message>
        <message>
            <source>%1 has rule format version %2; this version reads version 1</source>
            <translation>%1 hat die Regelformatversion %2; diese Version liest Version 1</translation>
        </message>
        <message>
            <source>There are no language rules for "%1" (available: %2)</source>
            <translation>Es gibt keine Sprachregeln für „%1“ (verfügbar: %2)</translation>
        </message>
        <message>
            <source>The built-in language rules %1 are missing</source>
            <translation>Die eingebauten Sprachregeln %1 fehlen</translation>
        </message>
        <message>
            <source>Your language rules %1 cannot be read (%2); the built-in rules are used.</source>
            <translation>Ihre Sprachregeln %1 können nicht gelesen werden (%2); die eingebauten Regeln werden verwendet.</translation>
        </message>
        <message>
            <source>Your language rules are ignored: %1</source>
            <translation>Ihre Sprachregeln werden ignoriert: %1</translation>
        </message>
        <message>
            <source>Blame or judgement</source>
            <translation>Schuldzuweisung oder Wertung</translation>
        </message>
        <message>
            <source>Counterfactual</source>
            <translation>Kontrafaktisch</translation>
        </message>
        <message>
            <source>Hindsight</source>
            <translation>Rückschaufehler</translation>
        </message>
        <message>
            <source>Timeline %1 UTC</source>
            <translation>Zeitleiste %1 UTC</translation>
        </message>
        <message>
            <source>Timeline event %1</source>
            <translation>Ereignis der Zeitleiste %1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>status reason</source>
            <translation>Begründung für den Status</translation>
        </message>
        <message>
            <source>verification note</source>
            <translation>Verifizierungsnotiz</translation>
        </message>
        <message>
            <source>Cause “%1”</source>
            <translation>Ursache „%1“</translation>
        </message>
        <message>
            <source>Action “%1”</source>
            <translation>Maßnahme „%1“</translation>
        </message>
        <message>
            <source>No blaming, counterfactual or hindsight wording was found.</source>
            <translation>Es wurden keine schuldzuweisenden, kontrafaktischen oder rückschauenden Formulierungen gefunden.</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weiterer</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Person as the subject of a failure</source>
            <translation>Person als Subjekt eines Fehlers</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>1 finding (%1)</source>
            <translation>1 Fund (%1)</translation>
        </message>
        <message>
            <source>%1 findings (%2)</source>
            <translation>%1 Funde (%2)</translation>
        </message>
        <message>
            <source>%1 in %2. The editor underlines them with a suggestion.</source>
            <translation>%1 in %2. Der Editor unterstreicht sie mit einem Vorschlag.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Blameless postmortems, offline.</source>
            <translation>Schuldfreie Postmortems, offline.</translation>
        </message>
        <message>
            <source>Open the database at &lt;path&gt; (default: %1).</source>
            <translation>Die Datenbank unter &lt;path&gt; öffnen (Standard: %1).</translation>
        </message>
        <message>
            <source>Causeway</source>
            <translation>Causeway</translation>
        </message>
        <message>
            <source>The database %1 could not be opened.

%2</source>
            <translation>Die Datenbank %1 konnte nicht geöffnet werden.

%2</translation>
        </message>
        <message>
            <source>A bundle (.causeway) to import when the window opens.</source>
            <translation>Ein Bundle (.causeway), das beim Öffnen des Fensters importiert wird.</translation>
        </message>
        <message>
            <source>Show Causeway in &lt;language&gt; (en or de) for this run, instead of the language setting.</source>
            <translation>Causeway für diesen Start in &lt;language&gt; (en oder de) anzeigen, statt in der eingestellten Sprache.</translation>
        </message>
    </context>
</TS>
