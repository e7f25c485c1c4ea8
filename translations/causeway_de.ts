<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>causeway::ChoiceFieldEditor</name>
    <message>
        <source>Not set</source>
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
    <name>causeway::IntegerFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
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
    <name>causeway::PostmortemEditor</name>
    <message>
        <source>Template: %1. Changes are saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
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
    <name>causeway::TimeZoneFieldEditor</name>
    <message>
        <source>Not set</source>
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
