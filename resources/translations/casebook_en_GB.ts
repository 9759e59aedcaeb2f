<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/gui/ProgressPrompt.cpp" line="9"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="65"/>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/FormStyle.cpp" line="14"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="30"/>
        <source>Casebook databases (*.casebook *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="31"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="42"/>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::ActionListView</name>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="34"/>
        <source>Action list title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="37"/>
        <source>Group filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="39"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="43"/>
        <source>Narrow by any text: case, owner, action, update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="45"/>
        <source>Filter actions by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="46"/>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="50"/>
        <source>Action count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="55"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="80"/>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="81"/>
        <source>C/F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="86"/>
        <source>No actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="122"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/views/ActionListView.cpp" line="176"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/views/ActionListView.cpp" line="176"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="177"/>
        <source>%1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="178"/>
        <source>%1; the first %2 by due date only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="179"/>
        <source>%1. Could not list the groups: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="180"/>
        <source>Could not load actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="188"/>
        <source>No action here matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="189"/>
        <source>No overdue actions: every outstanding action here is within its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="190"/>
        <source>No outstanding actions: every action here is finished or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionListView.cpp" line="191"/>
        <source>No actions recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::ActionTableModel</name>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="32"/>
        <source>(meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="38"/>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="70"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="89"/>
        <source>Times carried forward to a later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="92"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="93"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="94"/>
        <source>Action text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="95"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="96"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="97"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="99"/>
        <source>C/F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/ActionTableModel.cpp" line="100"/>
        <source>Latest update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::ActionsTab</name>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="72"/>
        <source>Latest update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="79"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="80"/>
        <source>Double-click or press F2 on a status to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="93"/>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="112"/>
        <source>Updates of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="95"/>
        <source>Update date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="98"/>
        <source>Status after the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="101"/>
        <source>Update text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="102"/>
        <source>What happened, e.g. &quot;Visit made, engaging with support&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="103"/>
        <source>Carry forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="104"/>
        <source>not carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="107"/>
        <source>Record &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="108"/>
        <source>Record update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="117"/>
        <source>Carry to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="125"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="126"/>
        <source>New action, e.g. &quot;Joint visit by housing and police&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="128"/>
        <source>Owner of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="129"/>
        <source>Due date of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="131"/>
        <source>Add ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="132"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="137"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="139"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="154"/>
        <source>%1 (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="168"/>
        <source> — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="202"/>
        <source>Choose an action above to see and add its dated updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="208"/>
        <source>%1  raised, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="227"/>
        <source>new action on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="236"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ActionsTab.cpp" line="240"/>
        <source>update of an action on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::CaseListView</name>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="30"/>
        <source>Search subjects, aliases, references and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="32"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="34"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="35"/>
        <source>Active (referred, open, monitoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="36"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="39"/>
        <source>Risk band filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="40"/>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="43"/>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="44"/>
        <source>Area filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="45"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="46"/>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="47"/>
        <source>Open in several groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="80"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/CaseListView.cpp" line="100"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="113"/>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="116"/>
        <source>Any area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseListView.cpp" line="119"/>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::CaseTableModel</name>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="64"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="79"/>
        <source>This subject is also open in another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="91"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="92"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="93"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="95"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="96"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="97"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="98"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseTableModel.cpp" line="99"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::CaseWorkspace</name>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="61"/>
        <source>&amp;Close case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="62"/>
        <source>Close the case with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="74"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="75"/>
        <source>Re&amp;ferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="76"/>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="77"/>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="78"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="96"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="64"/>
        <source>&amp;Escalate to JAG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="65"/>
        <source>Refer this sub-group case up to the JAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="67"/>
        <source>Step &amp;down...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="68"/>
        <source>Return this case from the JAG to the sub-group it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="79"/>
        <source>&amp;Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="136"/>
        <source>⚠ This subject is also open in: %1. Agree which group leads before discussing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="153"/>
        <source>closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="160"/>
        <source>escalating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="174"/>
        <source>Escalate %1 to the JAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="174"/>
        <source>Why should the JAG take this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="175"/>
        <source>Not escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="182"/>
        <source>stepping down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="186"/>
        <source>Step %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="186"/>
        <source>Why does the JAG no longer need to hold this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="187"/>
        <source>Not stepped down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="217"/>
        <source>Subject: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="218"/>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="219"/>
        <source>Age band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="220"/>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="221"/>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="223"/>
        <source>Group: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="224"/>
        <source>Area: %1    Lead agency: %2    Owner: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="225"/>
        <source>Themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="226"/>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="227"/>
        <source>Reason added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="228"/>
        <source>Lawful basis / consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseWorkspace.cpp" line="230"/>
        <source>Closed: %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::CloseCaseDialog</name>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="15"/>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="17"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="18"/>
        <source>Choose an outcome...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="23"/>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="28"/>
        <source>Why the case leaves the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="34"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="35"/>
        <source>(no approval needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="42"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="45"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="46"/>
        <source>&amp;Transferred to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="47"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="48"/>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/CloseCaseDialog.cpp" line="49"/>
        <source>&amp;Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::DirectoryDialog</name>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="46"/>
        <source>Partnership directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="49"/>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="50"/>
        <source>A&amp;reas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="51"/>
        <source>A&amp;gencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="52"/>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="86"/>
        <source>Group code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="86"/>
        <source>Short code used in case references, e.g. SHDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="87"/>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="89"/>
        <source>Parent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="93"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="94"/>
        <source>Meeting cycle in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="95"/>
        <source>Closing a case needs the chair&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="97"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="113"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="124"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="98"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="114"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="125"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="145"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="99"/>
        <source>Escalates to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="100"/>
        <source>Meets every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="102"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="115"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="126"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="102"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="115"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="126"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="152"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="102"/>
        <source>Escalates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="102"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="102"/>
        <source>Meets every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="103"/>
        <source>Chair approves closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="104"/>
        <source>&amp;Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="105"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="110"/>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="110"/>
        <source>e.g. a police beat, NL66</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="111"/>
        <source>Area name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="115"/>
        <source>A&amp;dd area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="116"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="121"/>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="121"/>
        <source>e.g. AMB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="122"/>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="126"/>
        <source>Add a&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="127"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="132"/>
        <source>Member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="134"/>
        <source>Member&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="135"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="152"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="136"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="152"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="136"/>
        <source>A secure (e.g. .gcsx or .pnn) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="137"/>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="152"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="139"/>
        <source>Group the member joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="141"/>
        <source>Role in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="146"/>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="147"/>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="148"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="149"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="150"/>
        <source>Joins group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="151"/>
        <source>As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="152"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="153"/>
        <source>Add mem&amp;ber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="154"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="166"/>
        <source>(none: a top-level group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="168"/>
        <source>(no group yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="170"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="176"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="177"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="177"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="213"/>
        <source>new group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="224"/>
        <source>new area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="234"/>
        <source>new agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/directory/DirectoryDialog.cpp" line="248"/>
        <source>new member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::Launcher</name>
    <message>
        <location filename="../../src/gui/Launcher.cpp" line="41"/>
        <source>Creating a demo database of %1 fictional cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/Launcher.cpp" line="74"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/Launcher.cpp" line="76"/>
        <source>Cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/Launcher.cpp" line="78"/>
        <source>No demo database made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::LinksTab</name>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="20"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="20"/>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="34"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="20"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="25"/>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="26"/>
        <source>Double-click or press Enter to open a linked case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="31"/>
        <source>Reference of the case to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="32"/>
        <source>Case reference, e.g. LEDG-2024-012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="37"/>
        <source>Link note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="38"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="39"/>
        <source>&amp;Link case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="40"/>
        <source>Link case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/LinksTab.cpp" line="77"/>
        <source>link %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="29"/>
        <source>Casebook — DEMO data (fictional) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="30"/>
        <source>Casebook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="56"/>
        <source>DEMO DATABASE: fictional people and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="59"/>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="84"/>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="56"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="89"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="36"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="37"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="39"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="44"/>
        <source>&amp;Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="45"/>
        <source>&amp;Directory: groups, areas, agencies, members...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="57"/>
        <source>&amp;New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="58"/>
        <source>New Casebook database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="61"/>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="62"/>
        <source>Open a Casebook database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="65"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="72"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="74"/>
        <source>New &amp;demo database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="76"/>
        <source>New demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="77"/>
        <source>How many fictional cases? (100,000 takes about 15 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="80"/>
        <source>Save the demo database as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="84"/>
        <source>&amp;Import cases from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="85"/>
        <source>&amp;Export cases to CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="87"/>
        <source>&amp;Who am I...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="93"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="94"/>
        <source>&amp;New case and referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="96"/>
        <source>&amp;Decide referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="97"/>
        <source>&amp;Escalate to the JAG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="99"/>
        <source>&amp;Step down...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="101"/>
        <source>&amp;Close case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="106"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="107"/>
        <source>&amp;Find cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="111"/>
        <source>Focus the &amp;navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="115"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="116"/>
        <source>&amp;My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="117"/>
        <source>&amp;Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="118"/>
        <source>M&amp;eetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="119"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="127"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="128"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="130"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="161"/>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="166"/>
        <source>Who am I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="161"/>
        <source>There are no members yet. Add them in the partnership directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="167"/>
        <source>Which member are you? My cases and My actions show what you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="178"/>
        <source>Import cases from a CSV tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="188"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="194"/>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="196"/>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="220"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindowMenus.cpp" line="197"/>
        <source>%n row problem(s) in the file. Fix them and import again; nothing was saved.</source>
        <translation>
            <numerusform>%n row problem in the file. Fix it and import again; nothing was saved.</numerusform>
            <numerusform>%n row problems in the file. Fix them and import again; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="204"/>
        <source>Import cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="205"/>
        <source>%1 rows checked, no problems: %2 new cases. Import them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="211"/>
        <source>Importing cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="214"/>
        <source>import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="223"/>
        <source>Imported %1 cases (Undo takes the whole import back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="227"/>
        <source>Export the listed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="231"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="234"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="148"/>
        <source>&amp;About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="131"/>
        <source>Ctrl+N  new case and referral
Ctrl+F  find cases
Ctrl+0  the navigation pane; arrow keys move through it
Ctrl+1 … Ctrl+5  cases, my actions, overdue actions, meetings, reports
Alt+D, Alt+F, Alt+R, Alt+A, Alt+N, Alt+L  case tabs: details, referrals, risk, actions, notes, linked cases
Ctrl+D  decide the referral awaiting a decision
Ctrl+Shift+E / Ctrl+Shift+S  escalate to the JAG / step down
Ctrl+Shift+C  close the case with an outcome
Arrow keys and Space  pick a risk matrix cell
F2 on an action&apos;s status  change it in place
Ctrl+Enter in a note  add it
Ctrl+Z / Ctrl+Shift+Z  undo / redo any edit
Ctrl+I / Ctrl+E  import / export cases as CSV
Ctrl+Shift+D  the partnership directory (groups, areas, agencies, members)
Ctrl+O / Ctrl+Shift+N  open / new database
F1  this list;  Ctrl+Q  quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="149"/>
        <source>About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindowMenus.cpp" line="150"/>
        <source>Casebook %1
Case management for Community Safety Partnership JAG meetings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::MeetingDetailPanel</name>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="14"/>
        <source>member #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="16"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="22"/>
        <source>Meeting detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="30"/>
        <source>Choose a meeting above to see its agenda and attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="41"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="42"/>
        <source>%1 meeting, %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="44"/>
        <source>Venue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="45"/>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="46"/>
        <source>Chair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="46"/>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="47"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="47"/>
        <source>Minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="48"/>
        <source>Actions raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="50"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="51"/>
        <source>No agenda items recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="63"/>
        <source>Attendance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="69"/>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="70"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="71"/>
        <source>; joined late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingDetailPanel.cpp" line="72"/>
        <source>; left early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::MeetingListView</name>
    <message>
        <location filename="../../src/gui/views/MeetingListView.cpp" line="22"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingListView.cpp" line="24"/>
        <source>Meetings of &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingListView.cpp" line="28"/>
        <source>Meeting count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingListView.cpp" line="33"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingListView.cpp" line="49"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingListView.cpp" line="50"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingListView.cpp" line="89"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/views/MeetingListView.cpp" line="133"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingListView.cpp" line="134"/>
        <source>Could not load meetings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::MeetingTableModel</name>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="42"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="45"/>
        <source>Present %1 · Apologies %2 · Deputies %3 · Absent %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="51"/>
        <source> · Observers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="52"/>
        <source> · Update sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="69"/>
        <source>%1 and online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="70"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="91"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="104"/>
        <source>Number of agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="105"/>
        <source>Actions raised at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="108"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="109"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="111"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="112"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="113"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="114"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/views/MeetingTableModel.cpp" line="115"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::NavigationPane</name>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="23"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="25"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="26"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="28"/>
        <location filename="../../src/gui/NavigationPane.cpp" line="79"/>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="28"/>
        <source>Cases you own (choose who you are in File &gt; Who am I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="29"/>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="29"/>
        <source>Cases whose risk review date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="30"/>
        <source>Open in several groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="31"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="33"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="33"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="34"/>
        <source>All outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="39"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="40"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="79"/>
        <source>My cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="89"/>
        <source>%1 (%2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NavigationPane.cpp" line="93"/>
        <source>%1, %2 open cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::NewCaseDialog</name>
    <message>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="71"/>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="75"/>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="76"/>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="83"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/NewCaseDialog.cpp" line="122"/>
        <source>new case for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::NotesTab</name>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="20"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="22"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="23"/>
        <source>A new note: facts, sources and who was told. Ctrl+Enter adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="26"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="28"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="50"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/NotesTab.cpp" line="56"/>
        <source>note on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::ReferralsTab</name>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="20"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="25"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="26"/>
        <source>Deci&amp;de referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="27"/>
        <source>Decide referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="52"/>
        <source> (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="59"/>
        <source>%1: %2 referral to %3, received %4.
Reason: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="65"/>
        <source>Referral %1 awaits the group&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="66"/>
        <source>No referral awaits a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ReferralsTab.cpp" line="75"/>
        <source>decision on a referral of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::ReportsPage</name>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="15"/>
        <location filename="../../src/gui/ReportsPage.cpp" line="22"/>
        <source>Open cases by group and risk band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="26"/>
        <source>Counts only, never names. Quarterly CSP report drafts in the partnership&apos;s template will be written from these figures (a later release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="41"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="43"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="43"/>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ReportsPage.cpp" line="75"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::RiskMatrixWidget</name>
    <message>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="15"/>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="32"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="22"/>
        <source>Likelihood %1, impact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="36"/>
        <source>Likelihood (rows) x impact (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskMatrixWidget.cpp" line="66"/>
        <source>Score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::gui::RiskPanel</name>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="32"/>
        <source>Why this score? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="33"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="34"/>
        <source>&amp;Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="42"/>
        <source>Score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="46"/>
        <source>Risk score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="52"/>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="78"/>
        <source>Current: %1   Next review: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="81"/>
        <source>  (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="83"/>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="100"/>
        <source>risk assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/RiskPanel.cpp" line="107"/>
        <source>Score %1 meets the escalation threshold: consider escalating to the JAG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
