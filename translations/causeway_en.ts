<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>causeway</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem statement yet</source>
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
        <source>Export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fishbone.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
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
