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
    <name>DisplayFormat</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>The date format for display, as in QDate::toString: keep a four-digit year (yyyy) and the order and separators your language writes dates in, e.g. dd.MM.yyyy.</extracomment>
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
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
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
    <name>TemplateText</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic SRE postmortem: summary, impact, timeline story, lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short, neutral name for the incident.</source>
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
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read this postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the problem began (stored in UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When service was fully restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are shown in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or three sentences: what happened, the impact, and how it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and what was affected, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of impact (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users or customers affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error budget consumed (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost estimate</source>
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
        <source>The change or event that set the incident off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when the problem was noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the team responded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How service was restored.</source>
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
        <source>Describe systems and conditions, not people.</source>
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
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated (DORA-style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard postmortem plus the fields a financial regulator asks for: reference code, classification, affected clients and transactions, data losses, costs and notified authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection &amp; Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication &amp; Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &amp; Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls &amp; Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reference code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference used in reports to the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified as major at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which criteria made this a major incident (clients, duration, data, critical services, economic impact, geography).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability, authenticity, integrity or confidentiality of data affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs and losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct and indirect costs and losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which authorities were notified, when, and their references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
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
    <message>
        <source>Causes this action addresses</source>
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
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
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
    <name>causeway::Age</name>
    <message>
        <source>it does not start with AGE-SECRET-KEY-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in upper case, as age writes identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a 32-byte key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with age1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in lower case, as age writes recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a 32-byte public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a usable X25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient is not a usable X25519 public key; nothing was encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scrypt work factor is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file&apos;s scrypt work factor N = 2^%1 is too high: at most 2^%2 is accepted, as deriving its key would take minutes and gigabytes of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt with N = 2^%1 needs %2 MiB of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an X25519 stanza&apos;s share is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an X25519 stanza&apos;s body is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scrypt stanza&apos;s salt is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scrypt stanza&apos;s body is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an X25519 stanza&apos;s share is not a usable public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is encrypted with a passphrase: enter the passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is encrypted to recipients&apos; public keys, not with a passphrase: it opens with one of their identities (secret keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is encrypted to recipients: it needs an identity (secret key) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 is not a valid age identity: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the identities can open this age file: it was not encrypted to any of their recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity (secret key) is not a valid age identity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity file is larger than 1 MiB; it is not an age identity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the identity file is not an age identity (AGE-SECRET-KEY-1…): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity file holds no age identity (a line starting with AGE-SECRET-KEY-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient “%1” is not a valid age recipient: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption is not available: the libsodium library cannot run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it is not an age file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is ASCII-armored (-----BEGIN AGE ENCRYPTED FILE-----), which is not read here: de-armor it first, or encrypt it again without --armor to get the binary form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is truncated: it ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file uses a format version this program does not read (only age-encryption.org/v1 is supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an age file: it does not start with &quot;age-encryption.org/v1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase (scrypt) stanza is not the only stanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file has been altered: its header does not match its MAC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Age::Encryptor</name>
    <message>
        <source>Encryption is not available: the libsodium library cannot run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt either with a passphrase or to recipients, not both: age allows a passphrase only on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a passphrase or at least one recipient to encrypt to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scrypt work factor must be between 1 and %1 (log2 N); %2 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age file can have at most %1 recipients; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient “%1” is not a valid age recipient: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Age::bech32</name>
    <message>
        <source>it is far too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a character that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it mixes upper and lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Bech32 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match (is there a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its padding is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Age::detail</name>
    <message>
        <source>The age file&apos;s header is malformed: %1. The file is damaged or was not made by age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with the age version line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is truncated: it ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file&apos;s header is larger than 64 KiB; the file is damaged or was not made by age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line contains a character that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza body line is longer than 64 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza body is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza body is larger than 16 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no recipient stanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its MAC line is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than 100 recipient stanzas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza has an empty argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza argument is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza has too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line is neither a recipient stanza nor the MAC line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is truncated: its encrypted content is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file would decrypt to %1 bytes, more than the %2 bytes allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is truncated: its last part is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file has been altered: it ends with an empty part that age never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is truncated: its final part is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file has been altered or is truncated: its last part does not authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file has been altered: data follows the end of its encrypted content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file has been altered (or the wrong key was used): part %1 of its encrypted content does not authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Agenda</name>
    <message>
        <source>We are here to understand how the system, the tools and the conditions of the day made this incident possible, not to find someone to blame. Everyone acted in good faith on what they knew at the time. Say what you saw and what you thought; questions are about how and what, not who. What is said here is used to improve the system, never against a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the timeline in order. For each decision, ask what the person knew and what made it look right at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors and 5 whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask why until the answers are about conditions and systems. Put each factor on the fishbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action addresses a contributing factor, has an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the actions back, agree who writes the summary, thank everyone.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the timebox in whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the presenter screen shows when the meeting reaches this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::AgendaStore</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a template id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::AgendaViewDelegate</name>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::AttendanceModel</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present are not named in this version of the report.</source>
        <translation>
            <numerusform>%n participant present is not named in this version of the report.</numerusform>
            <numerusform>%n participants present are not named in this version of the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time per agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Bundle</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given to write the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle is encrypted with a passphrase or for recipients, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the last bundle for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no postmortems to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the postmortems to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem %1 is not exported: evidence file &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written, but the export could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Causeway bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle uses format version %1.%2, which this version of Causeway cannot read (it reads version %3). Update Causeway to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UTC time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a postmortem id, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be listed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid postmortem document: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds postmortem %2, not the one its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds postmortem %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds &quot;%1&quot;, which is not a postmortem document or attachment; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it is not a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be decrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a Causeway bundle (a zip archive) nor an age-encrypted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged or unsafe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has a signature but no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip holds &quot;%1&quot;, which is not a postmortem document; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip holds no postmortem documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the size and SHA-256 in the manifest: the bundle was altered or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in its manifest; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest does not carry the signer&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names key %1, but its public key is key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signed comment does not match its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names signer key %1, but the signature (manifest.json.minisig) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s list of postmortems does not match the documents in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is not signed, so where it came from cannot be checked. Import it only if you trust its source (--trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is signed by %1, a key this database does not know yet. Check the key id with its owner, then trust it (--trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 on device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2 (%3): %4 records added, %5 changed, %6 deleted, %7 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all: %1 postmortems, %2 new conflicts, %3 attachment files added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Bundle::OpenedBundle</name>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Bundle::Reader</name>
    <message>
        <source>manifest.json: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::BundleImportFlow</name>
    <message>
        <source>Bundle Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than any bundle Causeway imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::BundlePreviewModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
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
    <name>causeway::CoachHighlighter</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; “%2”&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;&lt;i&gt;Try:&lt;/i&gt; %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ConflictEditing</name>
    <message>
        <source>Time</source>
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
        <source>Key event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
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
        <source>Reason for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the fishbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status changes only through the review workflow (submit, approve, publish, reopen); it cannot be taken from a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep current value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take conflicting value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conflicting value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishbone categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed participant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict %1 in this postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict about %1 is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way to resolve a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record the conflict is about (%1) is not in this postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a record is deleted is yes or no; another value was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited while deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two machines changed this without seeing each other&apos;s change. The current value won everywhere; the conflicting value is kept here for you to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was changed without knowledge of the postmortem&apos;s approval, so the approved value stays. To take the other value, reopen the postmortem in the Review tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was edited on one machine while it was deleted on another. It stays deleted; taking the conflicting side restores it with the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was added while the postmortem was approved on another machine, so it was moved to the trash. Taking the conflicting side restores it (reopen the postmortem first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ConflictValueDialog</name>
    <message>
        <source>Edit Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value of &lt;b&gt;%1&lt;/b&gt; that replaces both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JSON value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ConflictsModel</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::ConflictsPane</name>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Conflictin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that lost when this postmortem was merged with another machine&apos;s copy. The current value is the one every machine shows; keep it, take the conflicting value instead, or write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current value stays; the conflict is marked resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicting value replaces the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a value that replaces both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Started on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
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
    <name>causeway::DecryptBundleDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter its passphrase, or choose the age identity file with a key it was encrypted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with AGE-SECRET-KEY-1… lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an identity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::EditableAgenda</name>
    <message>
        <source>There is no agenda item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timebox is 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename agenda item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the script of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda keeps at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agenda item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timebox of “%1”: %n min</source>
        <translation>
            <numerusform>Timebox of “%1”: %n min</numerusform>
            <numerusform>Timebox of “%1”: %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Presenter view of “%1”</source>
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
    <name>causeway::ExportBundleDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected postmortem (none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected postmortem: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All postmortems (%n)</source>
        <translation>
            <numerusform>&amp;All postmortems (%n)</numerusform>
            <numerusform>&amp;All postmortems (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Changes since the last bundle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. laptop-ann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bundle for a peer holds everything; each later one only what changed since the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing profile on this machine; create one in the Review tab to sign bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn as %1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of your signing profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For age &amp;recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption passphrase, repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1… one recipient per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;eat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causeway bundles (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient on line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle will be unsigned: whoever imports it must confirm that they trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned: whoever imports it must confirm that they trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature shows who made the bundle and that nothing in it was changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two encryption passphrases differ.</source>
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
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>File</source>
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
    <name>causeway::ImportBundleDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not trusted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes; decrypted for this import only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed this bundle, so where it came from cannot be checked: anyone could have made or changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;trust where this unsigned bundle came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has not signed a bundle imported here before. Check the key id with its owner (in person or by phone) before trusting it; it is then remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;trust this signer (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n postmortem(s), %1 new conflict(s), %2 attachment file(s) to add.</source>
        <translation>
            <numerusform>%n postmortem, %1 new conflict, %2 attachment file to add.</numerusform>
            <numerusform>%n postmortems, %1 new conflicts, %2 attachment files to add.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n postmortem(s), %1 of them new: </source>
        <translation>
            <numerusform>Imported %n postmortem, %1 of them new: </numerusform>
            <numerusform>Imported %n postmortems, %1 of them new: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n postmortem(s): </source>
        <translation>
            <numerusform>Imported %n postmortem: </numerusform>
            <numerusform>Imported %n postmortems: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records added, %2 changed, %3 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to review in the Conflicts tab of the postmortem.</source>
        <translation>
            <numerusform>%n new conflict to review in the Conflicts tab of the postmortem.</numerusform>
            <numerusform>%n new conflicts to review in the Conflicts tab of the postmortem.</numerusform>
        </translation>
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
    <message>
        <source>Database location warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the postmortems of a .causeway bundle from another machine into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write postmortems to a signed (optionally encrypted) bundle for another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causeway bundles (*.%1);;Zip archives of postmortems (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open postmortem shows the imported changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n postmortem(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %n postmortem to %1 (%2).</numerusform>
            <numerusform>Exported %n postmortems to %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n postmortem(s) and %1 attachment file(s) were written to %2, %3.</source>
        <translation>
            <numerusform>%n postmortem and %1 attachment file were written to %2, %3.</numerusform>
            <numerusform>%n postmortems and %1 attachment files were written to %2, %3.</numerusform>
        </translation>
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
    <name>causeway::MeetingCapture</name>
    <message>
        <source>Start the line with e (event), c (cause), a (action) or n (note), then a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event starts with its time: e 14:05 paged the on-call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what happened after the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text after the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e 14:05 event · c cause · a action · n note — Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture: the first letter says where the line goes.
e 14:05 paged the on-call — a timeline event at 14:05 (also 2026-03-02 14:05 or +5m)
c config drift was not detected — a cause under the problem statement
a add a canary stage — an action item
n follow up with the database team — a line in the meeting notes
Each capture is one step of Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::MeetingEditing</name>
    <message>
        <source>Mark %1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::MeetingPane</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script to read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the countdown of this item (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous agenda item (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On to the next agenda item; a running clock keeps running (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the presenter screen shows under the agenda item (Ctrl+1 to Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the presenter screen on the second screen, or full screen when there is only one (F5; F5 or Esc leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter &amp;shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template&apos;s Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the agenda the template gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who is present (Space checks the selected person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the meeting: questions to follow up, agreements, who writes what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over the timebox of %n minute(s)</source>
        <translation>
            <numerusform>Over the timebox of %n minute</numerusform>
            <numerusform>Over the timebox of %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time left of %n minute(s)</source>
        <translation>
            <numerusform>Time left of %n minute</numerusform>
            <numerusform>Time left of %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the participants in the Report tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem did not take the capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event added to the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause added under the problem statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or F2) a title, a timebox or the presenter&apos;s view to change it; the agenda is saved for every postmortem of this template. Double-click the number to go to the item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Minisign</name>
    <message>
        <source>The signature file is larger than %1 bytes; a minisign signature is much smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file has %1 lines; a minisign signature has 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 of the signature file does not start with “untrusted comment:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 2 of the signature file is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 2 of the signature file holds %1 bytes; a minisign signature holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 2 of the signature file names the signature algorithm “%1”; only minisign&apos;s “ED” and “Ed” (Ed25519) are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 3 of the signature file does not start with “trusted comment:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 4 of the signature file is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 4 of the signature file holds %1 bytes; the signature of the trusted comment has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file is larger than %1 bytes; a minisign public key is much smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 of the public key file does not start with “untrusted comment:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key has %1 lines; a minisign public key file has 2 (or is the single base64 line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key holds %1 bytes; a minisign public key holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key names the algorithm “%1”; minisign keys are Ed25519 (“Ed”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was made with key %1, not with key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the file: the file was changed after it was signed, or it was signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the trusted comment does not match: the comment was changed after it was signed.</source>
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
    <name>causeway::PdfBlocks::Private</name>
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
    <name>causeway::PdfCoverage</name>
    <message>
        <source>%1 is not in the report font; printed as [%2]</source>
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
    <message>
        <source>Co&amp;nflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
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
    <name>causeway::PresenterFishbone</name>
    <message>
        <source>Fishbone diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::PresenterWindow</name>
    <message>
        <source>Causeway — Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script of the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ready)</source>
        <translation type="unfinished"></translation>
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
    <name>causeway::RuleProblemBanner</name>
    <message>
        <source>Language rules problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
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
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
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
    <name>causeway::SyncFolder</name>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted bundles are imported by hand (File → Import Bundle…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SyncFolderController</name>
    <message>
        <source>Changes written to the sync folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder is not used: the database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync-folder bundles are written unsigned: there is no signing profile or keychain on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync-folder bundles are written unsigned in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes could not be written to the sync folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s) from the sync folder.</source>
        <translation>
            <numerusform>Imported %n bundle from the sync folder.</numerusform>
            <numerusform>Imported %n bundles from the sync folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) from the sync folder need you to trust their signer: File → Import Bundle…</source>
        <translation>
            <numerusform>%n bundle from the sync folder need you to trust their signer: File → Import Bundle…</numerusform>
            <numerusform>%n bundles from the sync folder need you to trust their signer: File → Import Bundle…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) in the sync folder could not be imported (%1).</source>
        <translation>
            <numerusform>%n bundle in the sync folder could not be imported (%1).</numerusform>
            <numerusform>%n bundles in the sync folder could not be imported (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is inside a %1 folder. SQLite files must not be synced as files; use a sync folder for bundles instead (Settings → Sync folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::SyncFolderSettings</name>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop S&amp;yncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the bundles written there (asks for your signing passphrase once per session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine writes its changes to the folder as bundles and imports the bundles other machines put there. Share the folder with Syncthing, Nextcloud or a network drive; never sync the database file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not syncing through a folder.</source>
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
    <name>causeway::UnlockSigningDialog</name>
    <message>
        <source>Sign Sync-Folder Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundles this machine writes to the sync folder are signed as %1 (key %2), so the other machines import them without asking. Enter the profile&apos;s passphrase to sign them while Causeway runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Unsigned</source>
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
    <name>causeway::Zip</name>
    <message>
        <source>Entry %1 of the archive has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” contains a backslash; zip paths use forward slashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” has an absolute path; entries must be relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” starts with a drive letter; entries must be relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” lies more than %2 folders deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” has an empty folder name (“//”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” contains “..”, which could place it outside the folder it is unpacked into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” contains a “.” folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” is an archive (%2); archives inside archives are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” holds a zip archive; archives inside archives are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” holds an age-encrypted archive; archives inside archives are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip archive holds at most %L1 entries; this one would have %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” is 4 GiB or larger, which a zip archive without ZIP64 cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” could not be compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive would be 4 GiB or larger, which a zip archive without ZIP64 cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Zip::NameRegistry</name>
    <message>
        <source>Entry “%1” appears twice in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder “%1” appears twice in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is both a file and a folder in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders “%1” and “%2” differ only in how their accents are encoded; they would be merged on many systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries “%1” and “%2” differ only in how their accents are encoded; they would overwrite each other on many systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders “%1” and “%2” differ only in upper and lower case; they would be merged on many systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries “%1” and “%2” differ only in upper and lower case; they would overwrite each other on many systems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::Zip::Reader</name>
    <message>
        <source>The file is empty; it is not a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: there are unexpected bytes after its end record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is truncated or damaged: its end record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive uses ZIP64, which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is split over several disks, which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has %L1 entries; at most %L2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is truncated or damaged: its central directory lies outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: there are unexpected bytes between its central directory and its end record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: its central directory is too small for %L1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra field of entry “%1” is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” uses ZIP64, which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” is encrypted; encrypted entries are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: entry %1 of its central directory cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” lies on another disk of a split archive, which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: its central directory holds more than the %L1 entries its end record counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is truncated or damaged: entry “%1” points outside the archive&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: the local header of entry “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries “%1” and “%2” overlap in the archive; an archive built like this is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of entry “%1” is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” keeps its sizes in a data descriptor after its data, which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” holds patched data, which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” is compressed with method %2 (%3); only stored and deflated entries are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local and central headers of entry “%1” give different names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local and central headers of entry “%1” disagree on its compression method or flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local and central headers of entry “%1” disagree on its size or CRC-32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” is a symbolic link; links are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” is marked as a folder but its name does not end in “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” is a special file (device, pipe or socket), which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder entry “%1” has content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headers of stored entry “%1” give different sizes for its stored and unpacked data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” unpacks to %2, larger than the %3 an entry may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” is compressed more than %2 to 1, as zip bombs are; its compression ratio is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With entry “%1” the archive unpacks to more than %2, the most an archive may hold in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” cannot be unpacked: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” has data after the end of its compressed stream; the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data of entry “%1” ends early; the archive is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data of entry “%1” is damaged and cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” unpacks to more than the %2 an entry may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” unpacks to more than the %L2 bytes its headers give; the archive is damaged or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” unpacks to %L2 bytes but its headers give a size of %L3; the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry “%1” fails its CRC-32 check; the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>causeway::coach</name>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must contain only strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a pattern in &quot;%2&quot; is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot; (blame, counterfactual, hindsight or person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;pattern&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a subject rule&apos;s pattern must contain {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pattern is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;why&quot; and a &quot;suggestion&quot; for the tooltip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;contexts&quot; must be a list of &quot;narrative&quot; and &quot;action&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown context &quot;%2&quot; (narrative or action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a rule file (no JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a rule file: &quot;format&quot; must be &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has rule format version %2; this version reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no language rules for &quot;%1&quot; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in language rules %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your language rules %1 cannot be read (%2); the built-in rules are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your language rules are ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blame or judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterfactual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blaming, counterfactual or hindsight wording was found.</source>
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
        <source>Person as the subject of a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2. The editor underlines them with a suggestion.</source>
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
    <message>
        <source>A bundle (.causeway) to import when the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Causeway in &lt;language&gt; (en or de) for this run, instead of the language setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
