<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Action</name>
    <message>
        <source>Prevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process / change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Won&apos;t do&quot; needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionColumns</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisDue</name>
    <message>
        <source>No due date: set the incident end or a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: the analysis was due %1 (1 day ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: the analysis was due %1 (%2 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (set for this postmortem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (1 business day after the incident ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2 business days after the incident ended).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CauseVocabulary</name>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigator (what helped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoraDeadlines</name>
    <message>
        <source>the classification time (Regulatory reporting → Classified as major at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the detection time (the Detected marker on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting deadlines need %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventVocabulary</name>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No keychain is available: signing is disabled. Signing keys are kept only in the operating system&apos;s keychain (on Linux a Secret Service such as GNOME Keyring or KWallet in a desktop session); everything else works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseMarkers</name>
    <message>
        <source>Incident start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer impact start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer impact end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseMetrics</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer impact duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is after %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative (%2): %3 (%4) is before %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, longer than %3 days: check the dates of %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event is before %1 (%2), at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events are before %2 (%3), the first at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event is after %1 (%2), at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events are after %2 (%3), the first of them at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>The time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceEditing</name>
    <message>
        <source>Confirm recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink recurrence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <source>Postmortem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The audit trail holds every value ever written, including what this report leaves out; it can only be included in the full report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportProfile</name>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewChecklist</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The impact is not described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least the duration, the users affected or the services affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact is described and measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline marks when the incident was detected and resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline has no phase marker for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action addresses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no root causes or contributing factors to address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every root cause and contributing factor has an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action has an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open questions are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language coach arrives in a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline has detection and resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every root cause and contributing factor has an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action has an owner and a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open questions left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless-language findings reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLock</name>
    <message>
        <source>“%1” is %2 and read-only; reopen it to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of “%1” changes only through the review workflow (submit, approve, publish, reopen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 and must be kept until %3 (%4 years after its approval on %5); it cannot be deleted before then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Authored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarIncidents</name>
    <message>
        <source>similar text (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared tag: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared tags: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared service: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared services: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared cause category: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared cause categories: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1 – critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV2 – major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV3 – minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV4 – low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Cannot %1 “%2”: it is in state “%3”; %1 needs state %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening “%1” needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving “%1” over failing checklist items needs a written justification. Failing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no postmortem with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem is not connected to a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem statement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no postmortem %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report fonts could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint on the output device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ActionDetails</name>
    <message>
        <source>Select an action to see its details, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details, scope, how to tell it is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket id or URL in your tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this action will not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the fix was proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses these causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Won&apos;t do&quot; needs a reason: type why, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification (once done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: done, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no statement yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;king:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ActionEditing</name>
    <message>
        <source>The postmortem is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action for cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action type &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of an action is not edited this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Won&apos;t do&quot; needs a reason: say why the action will not be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a done action can be verified; mark it done first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verification method &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification needs the date it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record verification of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear verification of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cause with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 to a cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1 from a cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem is approved: only the follow-up of its actions (status, ticket, verification) can change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ActionsModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ActionsOverview</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of all postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 actions, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Actions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ActionsOverviewModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ActionsPane</name>
    <message>
        <source>&amp;Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action (Ctrl+Shift+N or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected action (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. Turn each root cause and contributing factor into an owned, dated action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done, unverified</source>
        <translation>
            <numerusform>%n done, unverified</numerusform>
            <numerusform>%n done, unverified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>causeway::Builder</name>
    <message>
        <source>Times are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this version of the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this version of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases and durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known (a marker is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 (SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event is marked as a key event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Root-cause analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No causes are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishbone diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cause is placed on the fishbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram is drawn only where fonts are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes and contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment, SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action addresses this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No root cause or contributing factor is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went poorly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem has not been submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures cover the content with SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is identified by its SHA-256; the same file always has the same hash, so a copy in an archive can be checked against this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this postmortem, in order. Each entry is chained to the one before it by a SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n character)</numerusform>
            <numerusform>(%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>causeway::CategoriesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishbone Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bones of the fishbone. Categories are about systems, not people: what people had to work with belongs under Working Conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::CauseEditing</name>
    <message>
        <source>Move cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cause to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes are filed under &quot;%1&quot;: move them to another category first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move category %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::CauseItemDelegate</name>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::CauseTreeModel</name>
    <message>
        <source>No problem statement yet: press F2 to write one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the summary stands in until a problem statement is written (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem statement: every first-level answer says why this happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the fishbone under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the fishbone (Space marks it as a cause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n piece of evidence</numerusform>
            <numerusform>%n pieces of evidence</numerusform>
        </translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On fishbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a cause: drawn on the fishbone under its category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n cause(s)</source>
        <translation>
            <numerusform>Move %n cause</numerusform>
            <numerusform>Move %n causes</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::CausesPane</name>
    <message>
        <source>Fishbone &amp;Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did it happen? Enter adds an answer, Tab asks why again, Space puts a cause on the fishbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ChecklistView</name>
    <message>
        <source>Review checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ChoiceFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::CitingCausesLabel</name>
    <message>
        <source>Causes that cite the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cause cites this event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no statement yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n cause(s):</source>
        <translation>
            <numerusform>Cited by %n cause:</numerusform>
            <numerusform>Cited by %n causes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>causeway::ContributingFactorDetails</name>
    <message>
        <source>&amp;Link Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishbone category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group learned about this cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence the cause cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time or SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event or attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the timeline events this cause rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop citing the selected evidence (the timeline keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the event on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cause to see its evidence and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no statement yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the fishbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the timeline (in the trash or not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ContributingFactorsModel</name>
    <message>
        <source>(no statement yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action addresses this root cause yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action addresses this contributing factor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the fishbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n timeline event(s)</source>
        <translation>
            <numerusform>%n timeline event</numerusform>
            <numerusform>%n timeline events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cited record(s) not on the timeline (in the trash or not imported)</source>
        <translation>
            <numerusform>%n cited record not on the timeline (in the trash or not imported)</numerusform>
            <numerusform>%n cited records not on the timeline (in the trash or not imported)</numerusform>
        </translation>
    </message>
    <message>
        <source>No action item lists this cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) address this cause</source>
        <translation>
            <numerusform>%n action item addresses this cause</numerusform>
            <numerusform>%n action items address this cause</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events and attachments this cause cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items that address this cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes and contributing factors that no action addresses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ContributingFactorsPanel</name>
    <message>
        <source>&amp;Only causes without an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes and contributing factors without an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the root causes and contributing factors no action addresses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No causes yet: add them in the 5 whys or on the fishbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root cause(s)</source>
        <translation>
            <numerusform>%n root cause</numerusform>
            <numerusform>%n root causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an action</source>
        <translation>
            <numerusform>%n without an action</numerusform>
            <numerusform>%n without an action</numerusform>
        </translation>
    </message>
    <message>
        <source>every root cause and contributing factor has an action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::DashboardModel</name>
    <message>
        <source>Recurred although every action of the earlier incident was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (despite fixes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::DashboardView</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents that started on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents that started on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers behind the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and filters select incidents by incident start. Time to complete: incident end → latest approval. Actions: due in the period (or up to today), closed or past due; won&apos;t-do excluded. Recurrence rate: confirmed recurrences of an earlier incident whose actions were all done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to complete a postmortem (incident end → approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median; mean %1 days; n = %2 approved, %3 not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = 0 approved, %1 not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions closed within their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of n = %2 on time; %3 won&apos;t-do excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence rate (despite completed actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of n = %2 incidents; %3 confirmed recurrences in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::DateFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::DateTimeFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::EvidenceList</name>
    <message>
        <source>&amp;Attach Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a file (screenshot, log excerpt, metrics export) with its SHA-256 and link it to the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the content against its SHA-256 and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the content against its SHA-256 and save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: select an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content matches its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the description of this file was imported; its content comes with a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content no longer matches its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postmortem is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a verified copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a verified copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ExportReportDialog</name>
    <message>
        <source>PDF/A documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the full &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A (archival, with pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every timeline event, not only the key events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the printed report contains; the printer and the paper come next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, for the analysis team and auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out what is marked confidential or restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also leaves out what is marked internal, names (roles instead), evidence, ticket references and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the record: who, when, old and new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the Full report: it names everyone who changed the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML and Markdown have no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::FishboneView</name>
    <message>
        <source>Fishbone diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n causes to %1</source>
        <translation>
            <numerusform>Move %n cause to %1</numerusform>
            <numerusform>Move %n causes to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n causes</source>
        <translation>
            <numerusform>Delete %n cause</numerusform>
            <numerusform>Delete %n causes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cause here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a cause to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diagram to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ImportDialog</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syslog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, JSON Lines, syslog or notes file, or a Slack export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Slack export&apos;s channel folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of times without a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone of zone-less times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the imported events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unreadable lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timelines (*.csv *.tsv *.txt *.log *.json *.jsonl *.ndjson *.zip *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack Export Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format was not recognised; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the format of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of the beginning of the file: %n event(s) read so far, %1 unreadable.</source>
        <translation>
            <numerusform>Preview of the beginning of the file: %n event read so far, %1 unreadable.</numerusform>
            <numerusform>Preview of the beginning of the file: %n events read so far, %1 unreadable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) to import, %1 unreadable.</source>
        <translation>
            <numerusform>%n event to import, %1 unreadable.</numerusform>
            <numerusform>%n events to import, %1 unreadable.</numerusform>
        </translation>
    </message>
    <message>
        <source>No postmortem is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>unreadable %n</source>
        <translation>
            <numerusform>unreadable %n</numerusform>
            <numerusform>unreadable %n</numerusform>
        </translation>
    </message>
    <message>
        <source> (lines %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, duplicates %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::IntegerFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::LinkEvidenceDialog</name>
    <message>
        <source>Link Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by time or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the events this cause rests on; Space ticks the selected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) chosen</source>
        <translation>
            <numerusform>%n event chosen</numerusform>
            <numerusform>%n events chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>causeway::MainWindow</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some templates could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new postmortem as a copy of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Causeway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causeway databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postmortem template is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This postmortem is in the trash. Restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” is not installed; showing the %2 form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem Not Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem Not Duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Moved to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved to the trash. View ▸ Show Trash lists it for restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Causeway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;Blameless postmortems, offline.&lt;/p&gt;&lt;p&gt;Causeway helps teams analyse incidents by looking at conditions, decisions and systems, not at who is to blame.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causeway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add events to the open postmortem&apos;s timeline from a CSV, log, Slack export or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open postmortem&apos;s fishbone as SVG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected postmortem as a PDF/A, HTML or Markdown report, in full or redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the selected postmortem&apos;s report page by page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected postmortem&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::MarkingSelector</name>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality marking. Internal reports leave out confidential and restricted items; external reports also leave out internal ones. Not marked: the item goes wherever the report goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::MonthChart</name>
    <message>
        <source>Median time to detect, mitigate and resolve per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(median minutes per month of incident start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident in this selection has phase markers to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::NewPostmortemDialog</name>
    <message>
        <source>New Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Template File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, e.g. “Checkout errors after config rollout”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Template File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causeway templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be added:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::NumberFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ParticipantsWidget</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PassphraseInput</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompting for a passphrase is not supported here; use --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PdfCoverage</name>
    <message>
        <source>%1 is not in the report font; printed as [%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PdfLayout::Private</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PhaseMetricsStrip</name>
    <message>
        <source>Incident durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No durations yet: select an event and press Ctrl+Shift+1…7, or right-click it, to set a phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+%1 more, hover to see all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Planner</name>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PostmortemDocument</name>
    <message>
        <source>The postmortem is not connected to a database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PostmortemEditor</name>
    <message>
        <source>Template: %1. Changes are saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status changes through the review workflow in the Review tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This postmortem is %1 and read-only; its actions can still be followed up. Reopen it in the Review tab to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PostmortemListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PostmortemListPane</name>
    <message>
        <source>Search postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of postmortems shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n postmortem(s)</source>
        <translation>
            <numerusform>%n postmortem</numerusform>
            <numerusform>%n postmortems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n postmortem(s)</source>
        <translation>
            <numerusform>%1 of %n postmortem</numerusform>
            <numerusform>%1 of %n postmortems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>causeway::ProfileDialog</name>
    <message>
        <source>New Signing Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing profile is your printed name and role with a key of your own. The secret key is kept only in this computer&apos;s keychain, locked with the passphrase below; every signature asks for the passphrase again. Nobody can recover a forgotten passphrase: you would create a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it should appear under your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Incident commander, Head of operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(made when the profile is created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ReportOutput</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Exported with Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed on %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed “%1” (%n page(s))</source>
        <translation>
            <numerusform>Printed “%1” (%n page)</numerusform>
            <numerusform>Printed “%1” (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report Printed with Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be laid out.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Shown with Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes could not be saved, so the report would miss them.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Show Details)</source>
        <translation>
            <numerusform>… and %n more (see Show Details)</numerusform>
            <numerusform>… and %n more (see Show Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is complete, with these warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ReviewPane</name>
    <message>
        <source>An approver checks it against the checklist below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved postmortems are read-only. Publish it to share it, or reopen it (with a reason) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published and read-only. Reopen it (with a reason) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being written. Submit it for review when the checklist passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DORA Reporting Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DORA reporting deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h after detection (earlier than 4 h after classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 h after classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72 h after the initial report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month after the intermediate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown for planning only; Causeway submits nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postmortem open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ReviewReasonDialog</name>
    <message>
        <source>Approve Over Failing Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These checklist items fail. Approving anyway needs a written justification, which is kept with the review history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why approving now is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening makes the postmortem a draft again. Say why; the reason is kept with the review history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what needs to change (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Facilitator, SRE, Compliance analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for postmortems that do not name their own time zone. Times are always stored in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used after Causeway restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default deadline of P1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default deadline of P2 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default deadline of P3 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis due after the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention of approved postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;1 action deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;2 action deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;3 action deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis &amp;due after incident end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep approved postmortems &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved postmortem cannot be deleted during this period after its approval; attempts are audited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SignDialog</name>
    <message>
        <source>I wrote this postmortem and it is, to my knowledge, complete and correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I reviewed this postmortem against the review checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I approve this postmortem and its actions. An approver must not also be its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your electronic signature records your printed name, role, the meaning below and the time (UTC) with the SHA-256 of the postmortem&apos;s content, signed with your profile&apos;s key. It is the legally binding equivalent of your handwritten signature on this content.&lt;/p&gt;&lt;p&gt;Any later change to the content shows the signature as &lt;i&gt;invalid: content changed after signing&lt;/i&gt;. Status and review steps are not part of the signed content.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing profile on this machine; create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (key %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SignatureCheck</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: content changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: unknown key (the key id does not belong to the public key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: incomplete signature record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SignatureList</name>
    <message>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Signing Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a postmortem to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a signing profile first: your printed name, role and a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the postmortem as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a local signing profile with its own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), all valid.</source>
        <translation>
            <numerusform>%n signature, all valid.</numerusform>
            <numerusform>%n signatures, all valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), %1 invalid.</source>
        <translation>
            <numerusform>%n signature, %1 invalid.</numerusform>
            <numerusform>%n signatures, %1 invalid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>causeway::SignatureListModel</name>
    <message>
        <source>The postmortem was changed after this signature was made. Signed content SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id: the first 8 bytes of the BLAKE2b-256 hash of the signer&apos;s Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Signatures</name>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed_at is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signature meaning; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author and approver must be different people: profile %1 (key %2) already signed this postmortem as &quot;%3&quot;, so it cannot also sign as &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 already signed this postmortem as &quot;%2&quot; and that signature is still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no postmortem %1 to sign (or it is in the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem is not open on a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending edits could not be saved, so nothing was signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SigningProfiles</name>
    <message>
        <source>There is no signing profile &quot;%1&quot; on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 signing profiles; give the key id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing profile needs a printed name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing profile needs a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be sealed: not enough memory for the passphrase hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing needs the passphrase of profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key of profile %1 (key %2) cannot be read from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of profile %1 holds a different key than key %2; the profile cannot sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of profile %1 is not a sealed Causeway signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SimilarIncidentsModel</name>
    <message>
        <source>Similarity score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it looks similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SimilarIncidentsPanel</name>
    <message>
        <source>Con&amp;firm recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar earlier incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show similar earlier incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that this incident is a recurrence of the selected earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the confirmed recurrence link to the selected postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for similar incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar earlier incidents (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar earlier incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier postmortem shares text, tags, services or cause categories with this one yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed as recurrence. Select one to confirm or unlink.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::TagsFieldEditor</name>
    <message>
        <source>Comma-separated, e.g. database, deploy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::TimeEditDelegate</name>
    <message>
        <source>Which time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time occurs twice in %1 because the clocks go back. Which one do you mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14:05, 2026-03-02 14:05, +5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time of day, a date and time, ISO 8601, or +5m / -30s relative to the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time chosen; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a time; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end cannot be before the start; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start cannot be after the end; the old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::TimeZoneFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::TimelineGraphicsView</name>
    <message>
        <source>Graphical timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/- to zoom, wheel or middle-drag to pan, 0 to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::TimelineModel</name>
    <message>
        <source>Key event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a key event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence attachment(s)</source>
        <translation>
            <numerusform>%n evidence attachment</numerusform>
            <numerusform>%n evidence attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::TimelinePane</name>
    <message>
        <source>&amp;Delete Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture: &quot;14:05 paged the on-call&quot;, Enter to add; Ctrl+Enter adds at the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem&apos;s own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the line with a time (14:05, 2026-03-02 14:05, +5m), or press Ctrl+Enter to add it at the current time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what happened after the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set kind of %n event(s)</source>
        <translation>
            <numerusform>Set kind of %n event</numerusform>
            <numerusform>Set kind of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift %n event(s)</source>
        <translation>
            <numerusform>Shift %n event</numerusform>
            <numerusform>Shift %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n key event(s)</source>
        <translation>
            <numerusform>Mark %n key event</numerusform>
            <numerusform>Mark %n key events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n key event(s)</source>
        <translation>
            <numerusform>Unmark %n key event</numerusform>
            <numerusform>Unmark %n key events</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 from Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the marker “%1” to the time of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift the selected events by this many minutes (negative: earlier), for example to correct the clock skew of one source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift by Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as Key Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmark Key Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Phase from This Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach as Evidence to This Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import as Timeline Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n event(s)</source>
        <translation>
            <numerusform>Unmark %n event</numerusform>
            <numerusform>Unmark %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n event(s) %1</source>
        <translation>
            <numerusform>Mark %n event %1</numerusform>
            <numerusform>Mark %n events %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::WelcomePane</name>
    <message>
        <source>Open a Sample Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from incidents, not blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postmortem describes what happened, how the system and the people in it responded, and what will change. It looks at conditions and decisions, never at who is at fault.

Start with a worked example to see the structure, or begin a new postmortem from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postmortem open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a postmortem from the list, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::WhysView</name>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The five whys: each answer says why the one above it happened; an answer can have several answers of its own.&lt;/p&gt;&lt;p&gt;Enter adds an answer beside the current one, Tab an answer to it, Shift+Tab moves an answer up a level, Delete removes it with its answers, Ctrl+Up and Ctrl+Down reorder, F2 renames, Space marks it as a cause on the fishbone. While typing, Enter finishes and Tab asks why again. Ctrl++ and Ctrl+- change the size.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No causes were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did this happen? Press Enter to add an answer, then Tab to ask why again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Blameless postmortems, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causeway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
